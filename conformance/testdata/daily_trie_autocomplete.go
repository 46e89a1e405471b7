package main

import (
	"fmt"
	"slices"
	"strings"
)

type node struct {
	children map[rune]*node
	word     bool
	count    int
}

type Trie struct{ root *node }

func NewTrie() *Trie { return &Trie{root: &node{children: map[rune]*node{}}} }

func (t *Trie) Insert(word string) {
	n := t.root
	for _, r := range strings.ToLower(word) {
		child, ok := n.children[r]
		if !ok {
			child = &node{children: map[rune]*node{}}
			n.children[r] = child
		}
		n = child
	}
	n.word = true
	n.count++
}

func (t *Trie) find(prefix string) *node {
	n := t.root
	for _, r := range strings.ToLower(prefix) {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

type suggestion struct {
	word  string
	count int
}

func (t *Trie) Suggest(prefix string, limit int) []string {
	start := t.find(prefix)
	if start == nil {
		return nil
	}
	var found []suggestion
	var walk func(n *node, buf []rune)
	walk = func(n *node, buf []rune) {
		if n.word {
			found = append(found, suggestion{string(buf), n.count})
		}
		for r, c := range n.children {
			walk(c, append(buf, r))
		}
	}
	walk(start, []rune(strings.ToLower(prefix)))
	slices.SortFunc(found, func(a, b suggestion) int {
		if a.count != b.count {
			return b.count - a.count
		}
		return strings.Compare(a.word, b.word)
	})
	out := []string{}
	for i, s := range found {
		if i == limit {
			break
		}
		out = append(out, fmt.Sprintf("%s(%d)", s.word, s.count))
	}
	return out
}

func main() {
	t := NewTrie()
	corpus := "go gopher golang good goal goat gopher Go google gone gopher golang car cart carbon care careful café café"
	for _, w := range strings.Fields(corpus) {
		t.Insert(w)
	}
	for _, p := range []string{"go", "gop", "GOO", "car", "caf", "x", ""} {
		fmt.Printf("%-4q -> %v\n", p, t.Suggest(p, 4))
	}
	fmt.Println("has 'goa' node:", t.find("goa") != nil, "is word:", t.find("goa").word)
}
