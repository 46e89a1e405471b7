package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Tree struct {
	Label string
	Kids  []*Tree
}

func T(label string, kids ...*Tree) *Tree { return &Tree{label, kids} }

// Preorder yields labels parent-first; the bool returned by the helper
// carries an early stop back up through every level of recursion.
func (t *Tree) Preorder() iter.Seq[string] {
	var walk func(n *Tree, yield func(string) bool) bool
	walk = func(n *Tree, yield func(string) bool) bool {
		if !yield(n.Label) {
			return false
		}
		for _, k := range n.Kids {
			if !walk(k, yield) {
				return false
			}
		}
		return true
	}
	return func(yield func(string) bool) { walk(t, yield) }
}

// Postorder yields labels children-first, paired with their depth.
func (t *Tree) Postorder() iter.Seq2[int, string] {
	var walk func(n *Tree, depth int, yield func(int, string) bool) bool
	walk = func(n *Tree, depth int, yield func(int, string) bool) bool {
		for _, k := range n.Kids {
			if !walk(k, depth+1, yield) {
				return false
			}
		}
		return yield(depth, n.Label)
	}
	return func(yield func(int, string) bool) { walk(t, 0, yield) }
}

// Leaves is built on top of Preorder-style recursion but filters nodes.
func (t *Tree) Leaves() iter.Seq[string] {
	return func(yield func(string) bool) {
		var walk func(n *Tree) bool
		walk = func(n *Tree) bool {
			if len(n.Kids) == 0 {
				return yield(n.Label)
			}
			for _, k := range n.Kids {
				if !walk(k) {
					return false
				}
			}
			return true
		}
		walk(t)
	}
}

// sameFringe compares the leaf sequences of two trees in lockstep.
func sameFringe(a, b *Tree) bool {
	nextA, stopA := iter.Pull(a.Leaves())
	defer stopA()
	nextB, stopB := iter.Pull(b.Leaves())
	defer stopB()
	for {
		x, okA := nextA()
		y, okB := nextB()
		if okA != okB || x != y {
			return false
		}
		if !okA {
			return true
		}
	}
}

func main() {
	tree := T("root",
		T("a", T("a1"), T("a2", T("a2x"), T("a2y"))),
		T("b"),
		T("c", T("c1"), T("c2")),
	)
	fmt.Println("preorder: ", strings.Join(slices.Collect(tree.Preorder()), " "))
	fmt.Println("leaves:   ", slices.Collect(tree.Leaves()))

	visited := 0
	for label := range tree.Preorder() {
		visited++
		if strings.HasSuffix(label, "y") {
			fmt.Printf("found %q after visiting %d nodes\n", label, visited)
			break
		}
	}

	for depth, label := range tree.Postorder() {
		fmt.Printf("%s%s (depth %d)\n", strings.Repeat("  ", depth), label, depth)
		if label == "b" {
			fmt.Println("stopping postorder at b")
			break
		}
	}

	other := T("x", T("y", T("a1"), T("a2x")), T("a2y"), T("q", T("b"), T("c1")), T("z", T("c2")))
	shuffled := T("x", T("a1"), T("b"), T("a2x"), T("a2y"), T("c1"), T("c2"))
	fmt.Println("same fringe as other:   ", sameFringe(tree, other))
	fmt.Println("same fringe as shuffled:", sameFringe(tree, shuffled))
	fmt.Println("same fringe with itself:", sameFringe(tree, tree))
}
