package main

import (
	"cmp"
	"fmt"
	"iter"
)

type Tree[T cmp.Ordered] struct {
	root *node[T]
	size int
}

type node[T cmp.Ordered] struct {
	val         T
	left, right *node[T]
}

func (t *Tree[T]) Insert(vals ...T) {
outer:
	for _, v := range vals {
		p := &t.root
		for *p != nil {
			switch {
			case v < (*p).val:
				p = &(*p).left
			case v > (*p).val:
				p = &(*p).right
			default:
				continue outer // duplicate, skip it
			}
		}
		*p = &node[T]{val: v}
		t.size++
	}
}

// All yields values in order, stopping early if yield returns false.
func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		var walk func(n *node[T]) bool
		walk = func(n *node[T]) bool {
			if n == nil {
				return true
			}
			return walk(n.left) && yield(n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func main() {
	var t Tree[int]
	t.Insert(50, 30, 70, 20, 40, 60, 80, 30, 65, 15, 45)
	fmt.Println("size:", t.size)

	fmt.Print("in order:")
	for v := range t.All() {
		fmt.Print(" ", v)
	}
	fmt.Println()

	for i, v := range Enumerate(Filter(t.All(), func(n int) bool { return n%20 != 0 })) {
		if i >= 4 {
			break
		}
		fmt.Printf("filtered[%d] = %d\n", i, v)
	}

	var words Tree[string]
	words.Insert("pear", "apple", "fig", "kiwi", "banana", "cherry")
	a := t.All()
	next, stop := iter.Pull(words.All())
	defer stop()
	for n := range a {
		w, ok := next()
		if !ok {
			fmt.Println("words exhausted at", n)
			break
		}
		fmt.Printf("%3d <-> %s\n", n, w)
	}
}
