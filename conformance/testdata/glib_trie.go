package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Trie maps sequences of comparable keys to values.
type Trie[K cmp.Ordered, V any] struct {
	children map[K]*Trie[K, V]
	value    V
	terminal bool
}

func NewTrie[K cmp.Ordered, V any]() *Trie[K, V] {
	return &Trie[K, V]{children: map[K]*Trie[K, V]{}}
}

func (t *Trie[K, V]) Insert(path []K, v V) {
	cur := t
	for _, k := range path {
		next, ok := cur.children[k]
		if !ok {
			next = NewTrie[K, V]()
			cur.children[k] = next
		}
		cur = next
	}
	cur.value, cur.terminal = v, true
}

func (t *Trie[K, V]) find(path []K) *Trie[K, V] {
	cur := t
	for _, k := range path {
		cur = cur.children[k]
		if cur == nil {
			return nil
		}
	}
	return cur
}

func (t *Trie[K, V]) Lookup(path []K) (V, bool) {
	if n := t.find(path); n != nil && n.terminal {
		return n.value, true
	}
	var zero V
	return zero, false
}

// WithPrefix visits all entries under prefix in sorted key order.
func (t *Trie[K, V]) WithPrefix(prefix []K, visit func(path []K, v V)) {
	n := t.find(prefix)
	if n == nil {
		return
	}
	var walk func(n *Trie[K, V], path []K)
	walk = func(n *Trie[K, V], path []K) {
		if n.terminal {
			visit(slices.Clone(path), n.value)
		}
		for _, k := range slices.Sorted(maps.Keys(n.children)) {
			walk(n.children[k], append(path, k))
		}
	}
	walk(n, slices.Clone(prefix))
}

func (t *Trie[K, V]) Count() int {
	c := 0
	if t.terminal {
		c++
	}
	for _, ch := range t.children {
		c += ch.Count()
	}
	return c
}

func main() {
	words := NewTrie[rune, int]()
	for i, w := range []string{"car", "cart", "care", "cat", "dog", "do", "carbon"} {
		words.Insert([]rune(w), i)
	}
	fmt.Println("entries:", words.Count())
	for _, q := range []string{"car", "ca", "dog", "cow"} {
		v, ok := words.Lookup([]rune(q))
		fmt.Printf("lookup %-4q -> %d %t\n", q, v, ok)
	}
	fmt.Println("prefix \"car\":")
	words.WithPrefix([]rune("car"), func(p []rune, v int) {
		fmt.Printf("  %s=%d\n", string(p), v)
	})

	routes := NewTrie[string, string]()
	add := func(path, handler string) {
		routes.Insert(strings.Split(strings.Trim(path, "/"), "/"), handler)
	}
	add("/api/users", "listUsers")
	add("/api/users/me", "currentUser")
	add("/api/posts", "listPosts")
	add("/static/css", "css")
	fmt.Println("routes under /api:")
	routes.WithPrefix([]string{"api"}, func(p []string, h string) {
		fmt.Printf("  /%s -> %s\n", strings.Join(p, "/"), h)
	})
	h, ok := routes.Lookup([]string{"api", "users", "me"})
	fmt.Printf("%q %v %T\n", h, ok, routes)

	nums := NewTrie[int, bool]()
	nums.Insert([]int{1, 2, 3}, true)
	nums.Insert([]int{1, 2}, false)
	nums.Insert([]int{1, 9}, true)
	nums.WithPrefix(nil, func(p []int, v bool) { fmt.Println("  ", p, v) })
}
