package main

import (
	"fmt"
	"sort"
	"strings"
)

type trieNode struct {
	children map[rune]*trieNode
	end      bool
	pass     int
}

func newNode() *trieNode { return &trieNode{children: map[rune]*trieNode{}} }

type Trie struct {
	root *trieNode
	size int
}

func NewTrie() *Trie { return &Trie{root: newNode()} }

func (t *Trie) Insert(word string) {
	if t.Contains(word) {
		return
	}
	n := t.root
	n.pass++
	for _, r := range word {
		next, ok := n.children[r]
		if !ok {
			next = newNode()
			n.children[r] = next
		}
		n = next
		n.pass++
	}
	n.end = true
	t.size++
}

func (t *Trie) walk(prefix string) *trieNode {
	n := t.root
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Contains(word string) bool {
	n := t.walk(word)
	return n != nil && n.end
}

func (t *Trie) CountPrefix(prefix string) int {
	if n := t.walk(prefix); n != nil {
		return n.pass
	}
	return 0
}

func sortedKeys(m map[rune]*trieNode) []rune {
	keys := make([]rune, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

// Autocomplete returns up to limit words with the given prefix in lexicographic order.
func (t *Trie) Autocomplete(prefix string, limit int) []string {
	start := t.walk(prefix)
	if start == nil {
		return nil
	}
	var out []string
	var dfs func(n *trieNode, buf []rune) bool
	dfs = func(n *trieNode, buf []rune) bool {
		if n.end {
			out = append(out, string(buf))
			if len(out) == limit {
				return false
			}
		}
		for _, r := range sortedKeys(n.children) {
			if !dfs(n.children[r], append(buf, r)) {
				return false
			}
		}
		return true
	}
	dfs(start, []rune(prefix))
	return out
}

func (t *Trie) LongestCommonPrefix() string {
	var sb strings.Builder
	n := t.root
	for len(n.children) == 1 && !n.end {
		for r, c := range n.children {
			sb.WriteRune(r)
			n = c
		}
	}
	return sb.String()
}

func main() {
	t := NewTrie()
	words := []string{"car", "card", "care", "careful", "cart", "cat", "dog", "dot", "dove", "do", "card"}
	for _, w := range words {
		t.Insert(w)
	}
	fmt.Println("size:", t.size)
	for _, q := range []string{"car", "ca", "do", "dove", "doves", "z"} {
		fmt.Printf("%-8s contains=%-5v prefixCount=%d\n", q, t.Contains(q), t.CountPrefix(q))
	}
	for _, p := range []string{"car", "do", "c", "x"} {
		fmt.Printf("complete(%q, 3) = %q\n", p, t.Autocomplete(p, 3))
	}
	fmt.Printf("all: %v\n", t.Autocomplete("", 100))

	t2 := NewTrie()
	for _, w := range []string{"interview", "internet", "interval", "internal"} {
		t2.Insert(w)
	}
	fmt.Printf("lcp=%q\n", t2.LongestCommonPrefix())
	t2.Insert("in")
	fmt.Printf("lcp after adding \"in\"=%q\n", t2.LongestCommonPrefix())
}
