package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Node[T cmp.Ordered] struct {
	Value       T
	Left, Right *Node[T]
}

type Tree[T cmp.Ordered] struct{ root *Node[T] }

func (t *Tree[T]) Insert(v T) {
	p := &t.root
	for *p != nil {
		if v <= (*p).Value {
			p = &(*p).Left
		} else {
			p = &(*p).Right
		}
	}
	*p = &Node[T]{Value: v}
}

func (t *Tree[T]) Contains(v T) bool {
	n := t.root
	for n != nil && n.Value != v {
		if v < n.Value {
			n = n.Left
		} else {
			n = n.Right
		}
	}
	return n != nil
}

// appendInOrder works on nil receivers, which represent empty subtrees.
func (n *Node[T]) appendInOrder(out []T) []T {
	if n == nil {
		return out
	}
	out = n.Left.appendInOrder(out)
	out = append(out, n.Value)
	return n.Right.appendInOrder(out)
}

func (t *Tree[T]) Sorted() []T { return t.root.appendInOrder(nil) }

func height[T cmp.Ordered](n *Node[T]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.Left), height(n.Right))
}

func (n *Node[T]) String() string {
	if n == nil {
		return "."
	}
	if n.Left == nil && n.Right == nil {
		return fmt.Sprint(n.Value)
	}
	return fmt.Sprintf("(%v %v %v)", n.Left, n.Value, n.Right)
}

func main() {
	tests := []struct {
		name   string
		in     []int
		height int
	}{
		{"single", []int{4}, 1}, {"smaller left", []int{4, 2}, 2}, {"equal left", []int{4, 4}, 2},
		{"balanced", []int{4, 2, 6, 1, 3, 5, 7}, 3}, {"degenerate", []int{1, 2, 3, 4, 5}, 5},
		{"duplicates", []int{5, 3, 5, 3, 8, 1}, 4},
	}
	for _, tc := range tests {
		var t Tree[int]
		for _, v := range tc.in {
			t.Insert(v)
		}
		got, h := t.Sorted(), height(t.root)
		status := "PASS"
		if !slices.Equal(got, slices.Sorted(slices.Values(tc.in))) || h != tc.height {
			status = "FAIL"
		}
		fmt.Printf("%s %-13s sorted=%v height=%d shape=%v\n", status, tc.name, got, h, t.root)
	}
	words := &Tree[string]{}
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		words.Insert(w)
	}
	fmt.Println(strings.Join(words.Sorted(), " "))
	for _, q := range []string{"fox", "cat", "the", "zebra"} {
		fmt.Printf("contains %q: %t\n", q, words.Contains(q))
	}
}
