package main

import (
	"fmt"
	"sort"
	"strings"
)

type node struct {
	children map[byte]*node
	id       int
	terminal bool
	word     string
}

type Trie struct {
	root  *node
	nodes int
}

func NewTrie() *Trie {
	return &Trie{root: &node{children: map[byte]*node{}}, nodes: 1}
}

func (t *Trie) Insert(w string) {
	cur := t.root
	for i := range len(w) {
		nx, ok := cur.children[w[i]]
		if !ok {
			nx = &node{children: map[byte]*node{}, id: t.nodes}
			t.nodes++
			cur.children[w[i]] = nx
		}
		cur = nx
	}
	cur.terminal = true
	cur.word = w
}

// Edges returns adjacency list lines "parent->child:label" in sorted order.
func (t *Trie) Edges() []string {
	var out []string
	var walk func(n *node)
	walk = func(n *node) {
		keys := make([]byte, 0, len(n.children))
		for k := range n.children {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, k := range keys {
			c := n.children[k]
			out = append(out, fmt.Sprintf("%d->%d:%c", n.id, c.id, k))
			walk(c)
		}
	}
	walk(t.root)
	return out
}

// MatchAll reports every (position, pattern) where a pattern occurs in text.
func (t *Trie) MatchAll(text string) map[string][]int {
	res := map[string][]int{}
	for i := range len(text) {
		cur := t.root
		for j := i; j < len(text); j++ {
			nx, ok := cur.children[text[j]]
			if !ok {
				break
			}
			cur = nx
			if cur.terminal {
				res[cur.word] = append(res[cur.word], i)
			}
		}
	}
	return res
}

func (t *Trie) WithPrefix(p string) []string {
	cur := t.root
	for i := range len(p) {
		if cur = cur.children[p[i]]; cur == nil {
			return nil
		}
	}
	var words []string
	var collect func(n *node)
	collect = func(n *node) {
		if n.terminal {
			words = append(words, n.word)
		}
		for _, c := range n.children {
			collect(c)
		}
	}
	collect(cur)
	sort.Strings(words)
	return words
}

func main() {
	t := NewTrie()
	for _, p := range []string{"ATAGA", "ATC", "GAT"} {
		t.Insert(p)
	}
	fmt.Println("trie edges:")
	for _, e := range t.Edges() {
		fmt.Println(" ", e)
	}
	motifs := []string{"TATA", "TATAAT", "GAATTC", "GGATCC", "CAAT", "AAT", "TTGACA"}
	mt := NewTrie()
	for _, m := range motifs {
		mt.Insert(m)
	}
	fmt.Printf("motif trie nodes: %d\n", mt.nodes)
	text := "CCTTGACAGGTATAATGCGAATTCAATCAATGGATCCTATAAAT"
	hits := mt.MatchAll(text)
	keys := make([]string, 0, len(hits))
	for k := range hits {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-7s %v\n", k, hits[k])
	}
	fmt.Printf("prefix TA: %q\n", mt.WithPrefix("TA"))
	fmt.Printf("prefix G:  %q\n", mt.WithPrefix("G"))
	fmt.Printf("prefix X:  %q (nil=%t)\n", mt.WithPrefix("X"), mt.WithPrefix("X") == nil)
	fmt.Println(strings.Repeat("=", 20))
}
