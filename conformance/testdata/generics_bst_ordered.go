package main

import (
	"cmp"
	"fmt"
)

type Tree[T any] struct {
	root *node[T]
	cmp  func(a, b T) int
	size int
}

type node[T any] struct {
	val         T
	left, right *node[T]
}

func (t *Tree[T]) Insert(v T) {
	p := &t.root
	for *p != nil {
		switch c := t.cmp(v, (*p).val); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			return
		}
	}
	*p = &node[T]{val: v}
	t.size++
}

func (t *Tree[T]) Walk(f func(T)) { walk(t.root, f) }

func walk[T any](n *node[T], f func(T)) {
	if n != nil {
		walk(n.left, f)
		f(n.val)
		walk(n.right, f)
	}
}

func main() {
	t := &Tree[string]{cmp: cmp.Compare[string]}
	for _, w := range []string{"m", "c", "x", "a", "c", "z"} {
		t.Insert(w)
	}
	t.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println("size", t.size)
	rev := &Tree[int]{cmp: func(a, b int) int { return cmp.Compare(b, a) }}
	for _, n := range []int{5, 1, 9, 3} {
		rev.Insert(n)
	}
	rev.Walk(func(n int) { fmt.Print(n, " ") })
	fmt.Println()
}
