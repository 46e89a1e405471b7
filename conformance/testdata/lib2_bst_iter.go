package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type BST[K cmp.Ordered, V any] struct {
	root *node[K, V]
	n    int
}

func (t *BST[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.n++
}

func (t *BST[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		switch c := cmp.Compare(k, n.key); {
		case c < 0:
			n = n.left
		case c > 0:
			n = n.right
		default:
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *BST[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			return n == nil || (walk(n.left) && yield(n.key, n.val) && walk(n.right))
		}
		walk(t.root)
	}
}

func (t *BST[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range t.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func (t *BST[K, V]) Height() int {
	var h func(*node[K, V]) int
	h = func(n *node[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

func (t *BST[K, V]) Dump() string {
	var sb strings.Builder
	var rec func(n *node[K, V], depth int)
	rec = func(n *node[K, V], depth int) {
		if n == nil {
			return
		}
		rec(n.right, depth+1)
		fmt.Fprintf(&sb, "%s%v\n", strings.Repeat("    ", depth), n.key)
		rec(n.left, depth+1)
	}
	rec(t.root, 0)
	return sb.String()
}

func main() {
	var t BST[int, string]
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Put(k, fmt.Sprintf("v%d", k))
	}
	t.Put(40, "forty")
	fmt.Printf("size=%d height=%d\n", t.n, t.Height())
	for k, v := range t.All() {
		fmt.Printf("%d:%s ", k, v)
	}
	fmt.Println()

	for k := range t.Keys() {
		if k > 45 {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println("<- stopped early")
	fmt.Print(t.Dump())

	v, ok := t.Get(65)
	_, missing := t.Get(66)
	fmt.Println("get 65:", v, ok, "get 66 found:", missing)

	words := BST[string, int]{}
	for w := range strings.FieldsSeq("she sells sea shells by the sea shore she sells") {
		c, _ := words.Get(w)
		words.Put(w, c+1)
	}
	for w, c := range words.All() {
		fmt.Printf("%s=%d ", w, c)
	}
	fmt.Println()
	fmt.Printf("%T %d %d\n", words, words.n, words.Height())
}
