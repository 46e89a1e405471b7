// Go by Example: Range over Iterators
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

// Tree is a binary search tree of ints.
type Tree struct {
	Left, Right *Tree
	Val         int
}

// All returns an iterator, which in Go is a function with a
// special signature. It walks the tree in order.
func (t *Tree) All() iter.Seq[int] {
	return func(yield func(int) bool) { t.walk(yield) }
}

// walk stops as soon as yield returns false.
func (t *Tree) walk(yield func(int) bool) bool {
	return t == nil || (t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield))
}

// Iteration doesn't require an underlying data structure,
// and doesn't even have to be finite!
func genFib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 1, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	t := &Tree{Val: 50,
		Left:  &Tree{Val: 30, Left: &Tree{Val: 20}, Right: &Tree{Val: 40}},
		Right: &Tree{Val: 70, Left: &Tree{Val: 60}, Right: &Tree{Val: 80}},
	}
	for v := range t.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Once the loop hits break, yield returns false and the
	// traversal stops early.
	for v := range t.All() {
		if v > 40 {
			break
		}
		fmt.Println("visited", v)
	}

	// Packages like slices have useful functions to work with iterators.
	fmt.Println("collected:", slices.Collect(t.All()))
	for n := range genFib() {
		if n >= 100 {
			break
		}
		fmt.Print(n, " ")
	}
	fmt.Println()

	// Pull-style iteration turns a push iterator into next/stop.
	next, stop := iter.Pull(genFib())
	for range 5 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	stop()
	v, ok := next()
	fmt.Println("| after stop:", v, ok)

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	for i, s := range slices.Backward([]string{"one", "two", "three"}) {
		fmt.Print(i, "=", s, " ")
	}
	fmt.Println()
}
