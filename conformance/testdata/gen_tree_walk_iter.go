package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type node[T any] struct {
	val         T
	left, right *node[T]
}

// Tree is an unbalanced binary search tree.
type Tree[T any] struct {
	root *node[T]
	cmp  func(a, b T) int
	size int
}

func NewTree[T cmp.Ordered]() *Tree[T] { return &Tree[T]{cmp: cmp.Compare[T]} }

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		switch c := t.cmp(v, (*p).val); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &node[T]{val: v}
	t.size++
	return true
}

// Walk visits values in order until fn returns false.
func (t *Tree[T]) Walk(fn func(T) bool) bool {
	var walk func(n *node[T]) bool
	walk = func(n *node[T]) bool {
		if n == nil {
			return true
		}
		return walk(n.left) && fn(n.val) && walk(n.right)
	}
	return walk(t.root)
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.Walk(yield)
	}
}

func (n *node[T]) height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.left.height(), n.right.height())
}

func main() {
	t := NewTree[int]()
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65} {
		if !t.Insert(v) {
			fmt.Println("duplicate:", v)
		}
	}
	fmt.Printf("size=%d height=%d type=%T\n", t.size, t.root.height(), t)
	var sb strings.Builder
	for v := range t.All() {
		fmt.Fprintf(&sb, "%d ", v)
	}
	fmt.Println("in order:", strings.TrimSpace(sb.String()))
	for v := range t.All() {
		if v > 45 {
			fmt.Println("first above 45:", v)
			break
		}
	}
	count := 0
	complete := t.Walk(func(v int) bool {
		count++
		return v < 60
	})
	fmt.Printf("walk stopped early: %t after %d visits\n", !complete, count)
	words := NewTree[string]()
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		words.Insert(w)
	}
	ws := slices.Collect(words.All())
	fmt.Printf("%q\n", ws)
	fmt.Printf("%v words, height %d\n", words.size, words.root.height())
}
