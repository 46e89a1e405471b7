package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type trieNode struct {
	children map[rune]*trieNode
	count    int // number of times the word ending here was inserted
	prefixes int // number of words passing through this node
}

func newNode() *trieNode { return &trieNode{children: make(map[rune]*trieNode)} }

type Trie struct{ root *trieNode }

func NewTrie() *Trie { return &Trie{root: newNode()} }

func (t *Trie) Insert(word string) {
	n := t.root
	for _, r := range word {
		child, ok := n.children[r]
		if !ok {
			child = newNode()
			n.children[r] = child
		}
		child.prefixes++
		n = child
	}
	n.count++
}

func (t *Trie) find(prefix string) *trieNode {
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
	n := t.find(word)
	return n != nil && n.count > 0
}

func (t *Trie) CountPrefix(prefix string) int {
	if n := t.find(prefix); n != nil {
		return n.prefixes
	}
	return 0
}

// WithPrefix yields completions in lexicographic order.
func (t *Trie) WithPrefix(prefix string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := t.find(prefix)
		if start == nil {
			return
		}
		buf := []rune(prefix)
		var dfs func(n *trieNode) bool
		dfs = func(n *trieNode) bool {
			if n.count > 0 && !yield(string(buf)) {
				return false
			}
			for _, r := range slices.Sorted(maps.Keys(n.children)) {
				buf = append(buf, r)
				if !dfs(n.children[r]) {
					return false
				}
				buf = buf[:len(buf)-1]
			}
			return true
		}
		dfs(start)
	}
}

func (t *Trie) LongestCommonPrefix() string {
	var sb strings.Builder
	n := t.root
	for len(n.children) == 1 && n.count == 0 {
		for r, c := range n.children {
			sb.WriteRune(r)
			n = c
		}
	}
	return sb.String()
}

func main() {
	t := NewTrie()
	text := "car cart carbon care careful cat catalog dog dot dote car"
	for w := range strings.FieldsSeq(text) {
		t.Insert(w)
	}
	for _, w := range []string{"car", "ca", "dote", "cards"} {
		fmt.Printf("contains(%q) = %v\n", w, t.Contains(w))
	}
	for _, p := range []string{"car", "cat", "do", "x"} {
		fmt.Printf("prefix %-4q count=%d completions=%v\n", p, t.CountPrefix(p), slices.Collect(t.WithPrefix(p)))
	}
	fmt.Print("first 4 of all words:")
	i := 0
	for w := range t.WithPrefix("") {
		fmt.Print(" ", w)
		i++
		if i == 4 {
			break
		}
	}
	fmt.Println()
	fmt.Println("car inserted", t.find("car").count, "times")

	t2 := NewTrie()
	for _, w := range []string{"interview", "internet", "internal", "interval"} {
		t2.Insert(w)
	}
	fmt.Printf("longest common prefix: %q\n", t2.LongestCommonPrefix())
	t2.Insert("in")
	fmt.Printf("after adding \"in\": %q\n", t2.LongestCommonPrefix())
}
