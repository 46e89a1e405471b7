package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type trieNode[V any] struct {
	children map[rune]*trieNode[V]
	value    V
	terminal bool
}

type Trie[V any] struct {
	root trieNode[V]
	size int
}

func (t *Trie[V]) Len() int { return t.size }

func (t *Trie[V]) Put(key string, v V) {
	n := &t.root
	for _, r := range key {
		if n.children == nil {
			n.children = make(map[rune]*trieNode[V])
		}
		child, ok := n.children[r]
		if !ok {
			child = &trieNode[V]{}
			n.children[r] = child
		}
		n = child
	}
	if !n.terminal {
		t.size++
	}
	n.terminal = true
	n.value = v
}

func (t *Trie[V]) find(prefix string) *trieNode[V] {
	n := &t.root
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie[V]) Get(key string) (V, bool) {
	if n := t.find(key); n != nil && n.terminal {
		return n.value, true
	}
	var zero V
	return zero, false
}

func (t *Trie[V]) Contains(key string) bool {
	_, ok := t.Get(key)
	return ok
}

func (t *Trie[V]) WithPrefix(prefix string) iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		start := t.find(prefix)
		if start == nil {
			return
		}
		var walk func(n *trieNode[V], path []rune) bool
		walk = func(n *trieNode[V], path []rune) bool {
			if n.terminal && !yield(string(path), n.value) {
				return false
			}
			for _, r := range slices.Sorted(maps.Keys(n.children)) {
				if !walk(n.children[r], append(path, r)) {
					return false
				}
			}
			return true
		}
		walk(start, []rune(prefix))
	}
}

type Definition struct {
	Part string
	Uses int
}

func (d Definition) String() string { return fmt.Sprintf("<%s x%d>", d.Part, d.Uses) }

func main() {
	var dict Trie[Definition]
	dict.Put("car", Definition{"noun", 12})
	dict.Put("cart", Definition{"noun", 4})
	dict.Put("carve", Definition{"verb", 7})
	dict.Put("care", Definition{"verb", 20})
	dict.Put("cat", Definition{"noun", 30})
	dict.Put("dog", Definition{"noun", 25})
	dict.Put("car", Definition{"noun", 13})
	fmt.Println("entries:", dict.Len())
	for k, v := range dict.WithPrefix("car") {
		fmt.Printf("  %-6s %v\n", k, v)
	}
	fmt.Println("contains ca:", dict.Contains("ca"), "contains cat:", dict.Contains("cat"))
	if d, ok := dict.Get("dog"); ok {
		fmt.Println("dog:", d)
	}

	var ids Trie[[]int]
	for i, w := range []string{"go", "gopher", "golang", "gopher", "rust"} {
		prev, _ := ids.Get(w)
		ids.Put(w, append(prev, i))
	}
	for k, v := range ids.WithPrefix("") {
		fmt.Println(k, v)
	}
	n := 0
	for range ids.WithPrefix("go") {
		n++
	}
	fmt.Println("go* count:", n, "total:", ids.Len())
	for k := range ids.WithPrefix("x") {
		fmt.Println("unexpected", k)
	}
}
