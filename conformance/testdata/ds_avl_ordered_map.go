package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type avlNode[K cmp.Ordered, V any] struct {
	key         K
	val         V
	height      int
	left, right *avlNode[K, V]
}

func (n *avlNode[K, V]) h() int {
	if n == nil {
		return 0
	}
	return n.height
}

func (n *avlNode[K, V]) fix() { n.height = 1 + max(n.left.h(), n.right.h()) }

func rotateRight[K cmp.Ordered, V any](y *avlNode[K, V]) *avlNode[K, V] {
	x := y.left
	y.left, x.right = x.right, y
	y.fix()
	x.fix()
	return x
}

func rotateLeft[K cmp.Ordered, V any](x *avlNode[K, V]) *avlNode[K, V] {
	y := x.right
	x.right, y.left = y.left, x
	x.fix()
	y.fix()
	return y
}

// Tree is an ordered map backed by an AVL tree.
type Tree[K cmp.Ordered, V any] struct {
	root      *avlNode[K, V]
	size      int
	rotations int
}

func (t *Tree[K, V]) Put(k K, v V) { t.root = t.put(t.root, k, v) }

func (t *Tree[K, V]) put(n *avlNode[K, V], k K, v V) *avlNode[K, V] {
	if n == nil {
		t.size++
		return &avlNode[K, V]{key: k, val: v, height: 1}
	}
	switch cmp.Compare(k, n.key) {
	case -1:
		n.left = t.put(n.left, k, v)
	case 1:
		n.right = t.put(n.right, k, v)
	default:
		n.val = v
		return n
	}
	n.fix()
	bf := n.left.h() - n.right.h()
	switch {
	case bf > 1 && k < n.left.key:
		t.rotations++
		return rotateRight(n)
	case bf < -1 && k > n.right.key:
		t.rotations++
		return rotateLeft(n)
	case bf > 1:
		t.rotations += 2
		n.left = rotateLeft(n.left)
		return rotateRight(n)
	case bf < -1:
		t.rotations += 2
		n.right = rotateRight(n.right)
		return rotateLeft(n)
	}
	return n
}

func (t *Tree[K, V]) Get(k K) (v V, ok bool) {
	n := t.root
	for n != nil && n.key != k {
		if k < n.key {
			n = n.left
		} else {
			n = n.right
		}
	}
	if n == nil {
		return v, false
	}
	return n.val, true
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *avlNode[K, V]) bool
		walk = func(n *avlNode[K, V]) bool {
			return n == nil || (walk(n.left) && yield(n.key, n.val) && walk(n.right))
		}
		walk(t.root)
	}
}

func (t *Tree[K, V]) Shape() string {
	var rec func(n *avlNode[K, V]) string
	rec = func(n *avlNode[K, V]) string {
		if n == nil {
			return "."
		}
		if n.left == nil && n.right == nil {
			return fmt.Sprint(n.key)
		}
		return fmt.Sprintf("(%s %v %s)", rec(n.left), n.key, rec(n.right))
	}
	return rec(t.root)
}

func main() {
	t := &Tree[int, string]{}
	for i := 1; i <= 15; i++ {
		t.Put(i, strings.Repeat("*", i%4+1))
	}
	fmt.Printf("after 15 inserts: height=%d rotations=%d\n", t.root.h(), t.rotations)
	fmt.Println("shape:", t.Shape())
	t.Put(7, "seven")
	for _, k := range []int{7, 3, 16} {
		v, ok := t.Get(k)
		fmt.Printf("Get(%d) = %q, %t\n", k, v, ok)
	}

	m := &Tree[string, int]{}
	text := "it was the best of times it was the worst of times"
	for _, w := range strings.Fields(text) {
		c, _ := m.Get(w)
		m.Put(w, c+1)
	}
	fmt.Printf("%d distinct words, height %d\n", m.size, m.root.h())
	for k, v := range m.All() {
		fmt.Printf("  %-6s %d\n", k, v)
	}
	fmt.Printf("shape: %s rotations=%d\n", m.Shape(), m.rotations)
}
