package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

var ErrNotFound = errors.New("word not found")

type node struct {
	children map[rune]*node
	terminal bool
}

type Trie struct {
	root *node
	size int
}

func NewTrie() *Trie { return &Trie{root: &node{children: map[rune]*node{}}} }
func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range w {
		if n.children[r] == nil {
			n.children[r] = &node{children: map[rune]*node{}}
		}
		n = n.children[r]
	}
	if !n.terminal {
		n.terminal = true
		t.size++
	}
}

func (t *Trie) Delete(w string) error {
	var del func(n *node, rs []rune) (bool, error)
	del = func(n *node, rs []rune) (bool, error) {
		if len(rs) == 0 {
			if !n.terminal {
				return false, ErrNotFound
			}
			n.terminal = false
			return len(n.children) == 0, nil
		}
		c, ok := n.children[rs[0]]
		if !ok {
			return false, ErrNotFound
		}
		if prune, err := del(c, rs[1:]); err != nil {
			return false, err
		} else if prune {
			delete(n.children, rs[0])
		}
		return !n.terminal && len(n.children) == 0, nil
	}
	if _, err := del(t.root, []rune(w)); err != nil {
		return fmt.Errorf("delete %q: %w", w, err)
	}
	t.size--
	return nil
}

func (t *Trie) WithPrefix(p string) (out []string) {
	n := t.root
	for _, r := range p {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	var walk func(n *node, acc []rune)
	walk = func(n *node, acc []rune) {
		if n.terminal {
			out = append(out, string(acc))
		}
		for _, r := range slices.Sorted(maps.Keys(n.children)) {
			walk(n.children[r], append(acc, r))
		}
	}
	walk(n, []rune(p))
	return out
}

func (t *Trie) String() string {
	return fmt.Sprintf("Trie(%d)%v", t.size, t.WithPrefix(""))
}

func main() {
	t := NewTrie()
	for _, w := range []string{"car", "card", "care", "cart", "cat", "do", "dog", "dot", "café", "car"} {
		t.Insert(w)
	}
	fmt.Println(t, "ca*:", t.WithPrefix("ca"), "x*:", t.WithPrefix("x"))
	for _, w := range []string{"car", "dog", "ca", "zebra", "car", "café"} {
		err := t.Delete(w)
		fmt.Printf("delete %-6q err=%v notfound=%t\n", w, err, errors.Is(err, ErrNotFound))
	}
	fmt.Println(t)
}
