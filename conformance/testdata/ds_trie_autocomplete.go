package main

import (
	"fmt"
	"slices"
	"strings"
)

type TrieNode struct {
	children map[rune]*TrieNode
	terminal bool
	count    int // number of words passing through this node
}

func newNode() *TrieNode { return &TrieNode{children: map[rune]*TrieNode{}} }

type Trie struct {
	root  *TrieNode
	words int
}

func NewTrie() *Trie { return &Trie{root: newNode()} }

func (t *Trie) Insert(w string) {
	n := t.root
	if t.Contains(w) {
		return
	}
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = newNode()
			n.children[r] = c
		}
		c.count++
		n = c
	}
	n.terminal = true
	t.words++
}

func (t *Trie) find(prefix string) *TrieNode {
	n := t.root
	for _, r := range prefix {
		c, ok := n.children[r]
		if !ok {
			return nil
		}
		n = c
	}
	return n
}

func (t *Trie) Contains(w string) bool {
	n := t.find(w)
	return n != nil && n.terminal
}

func (t *Trie) CountPrefix(p string) int {
	if p == "" {
		return t.words
	}
	if n := t.find(p); n != nil {
		return n.count
	}
	return 0
}

func (t *Trie) Complete(prefix string, limit int) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	var dfs func(n *TrieNode, buf []rune)
	dfs = func(n *TrieNode, buf []rune) {
		if len(out) >= limit {
			return
		}
		if n.terminal {
			out = append(out, string(buf))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		slices.Sort(keys)
		for _, r := range keys {
			dfs(n.children[r], append(buf, r))
		}
	}
	dfs(n, []rune(prefix))
	return out
}

func (t *Trie) LongestCommonPrefix() string {
	var sb strings.Builder
	n := t.root
	for len(n.children) == 1 && !n.terminal {
		for r, c := range n.children {
			sb.WriteRune(r)
			n = c
		}
	}
	return sb.String()
}

func main() {
	t := NewTrie()
	dict := []string{"car", "card", "care", "careful", "cart", "cat", "catalog",
		"dog", "dodge", "door", "café", "carbon", "car"}
	for _, w := range dict {
		t.Insert(w)
	}
	fmt.Println("words:", t.words)
	for _, w := range []string{"car", "ca", "café", "cafe", "doors"} {
		fmt.Printf("contains %-8q %v\n", w, t.Contains(w))
	}
	fmt.Println()
	fmt.Printf("%-8s %5s  %s\n", "prefix", "count", "completions (max 4)")
	for _, p := range []string{"", "c", "car", "care", "do", "caf", "x"} {
		fmt.Printf("%-8q %5d  %v\n", p, t.CountPrefix(p), t.Complete(p, 4))
	}

	lcp := NewTrie()
	for _, w := range []string{"interview", "internet", "interval", "internal"} {
		lcp.Insert(w)
	}
	fmt.Printf("LCP = %q\n", lcp.LongestCommonPrefix())
	lcp.Insert("inter")
	fmt.Printf("LCP after adding \"inter\" = %q\n", lcp.LongestCommonPrefix())
	lcp.Insert("apple")
	fmt.Printf("LCP after adding \"apple\" = %q\n", lcp.LongestCommonPrefix())
}
