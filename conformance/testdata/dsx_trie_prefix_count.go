package main

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
)

var ErrNoWord = errors.New("word not in trie")

type trieNode struct {
	children map[rune]*trieNode
	pass     int // number of words passing through this node
	end      int // number of times a word ends here
}

func newNode() *trieNode { return &trieNode{children: map[rune]*trieNode{}} }

type Trie struct {
	root  *trieNode
	nodes int
}

func NewTrie() *Trie { return &Trie{root: newNode(), nodes: 1} }

func (t *Trie) Insert(word string) {
	n := t.root
	n.pass++
	for _, r := range word {
		c, ok := n.children[r]
		if !ok {
			c = newNode()
			n.children[r] = c
			t.nodes++
		}
		c.pass++
		n = c
	}
	n.end++
}

func (t *Trie) find(s string) *trieNode {
	n := t.root
	for _, r := range s {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Count(word string) int {
	if n := t.find(word); n != nil {
		return n.end
	}
	return 0
}

func (t *Trie) PrefixCount(prefix string) int {
	if n := t.find(prefix); n != nil {
		return n.pass
	}
	return 0
}

// Delete removes one occurrence of word and prunes nodes nobody passes through.
func (t *Trie) Delete(word string) error {
	if t.Count(word) == 0 {
		return fmt.Errorf("delete %q: %w", word, ErrNoWord)
	}
	n := t.root
	n.pass--
	for _, r := range word {
		c := n.children[r]
		c.pass--
		if c.pass == 0 {
			delete(n.children, r)
			t.nodes -= countNodes(c)
			return nil
		}
		n = c
	}
	n.end--
	return nil
}

func countNodes(n *trieNode) int {
	total := 1
	for _, c := range n.children {
		total += countNodes(c)
	}
	return total
}

// WithPrefix yields stored words starting with prefix in lexicographic order.
func (t *Trie) WithPrefix(prefix string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := t.find(prefix)
		if start == nil {
			return
		}
		var walk func(n *trieNode, buf []rune) bool
		walk = func(n *trieNode, buf []rune) bool {
			if n.end > 0 && !yield(string(buf)) {
				return false
			}
			keys := make([]rune, 0, len(n.children))
			for r := range n.children {
				keys = append(keys, r)
			}
			slices.Sort(keys)
			for _, r := range keys {
				if !walk(n.children[r], append(buf, r)) {
					return false
				}
			}
			return true
		}
		walk(start, []rune(prefix))
	}
}

func (t *Trie) String() string {
	return fmt.Sprintf("trie(words=%d nodes=%d) [%s]", t.root.pass, t.nodes,
		strings.Join(slices.Collect(t.WithPrefix("")), " "))
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("car cart carbon care cat dog dot do card car über übel") {
		t.Insert(w)
	}
	fmt.Println(t)
	for _, p := range []string{"car", "ca", "do", "d", "x", "üb", ""} {
		fmt.Printf("prefix %-4q count=%-2d words=%v\n", p, t.PrefixCount(p), slices.Collect(t.WithPrefix(p)))
	}
	fmt.Println("count(car) =", t.Count("car"))
	for _, w := range []string{"car", "carbon", "carbon", "do", "übel", "cards"} {
		if err := t.Delete(w); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrNoWord))
			continue
		}
		fmt.Printf("delete %-7s -> %v\n", w, t)
	}
	fmt.Println("count(car) =", t.Count("car"), "prefix(car) =", t.PrefixCount("car"))
}
