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

// Tree is an unbalanced binary search tree keyed by any ordered type.
type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

func (t *Tree[K, V]) Put(k K, v V) {
	var put func(n *node[K, V]) *node[K, V]
	put = func(n *node[K, V]) *node[K, V] {
		if n == nil {
			t.size++
			return &node[K, V]{key: k, val: v}
		}
		switch c := cmp.Compare(k, n.key); {
		case c < 0:
			n.left = put(n.left)
		case c > 0:
			n.right = put(n.right)
		default:
			n.val = v
		}
		return n
	}
	t.root = put(t.root)
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	for n := t.root; n != nil; {
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

func height[K cmp.Ordered, V any](n *node[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

// walk yields keys in order and reports whether the consumer wants more.
func (n *node[K, V]) walk(lo, hi K, yield func(K, V) bool) bool {
	if n == nil {
		return true
	}
	if lo < n.key && !n.left.walk(lo, hi, yield) {
		return false
	}
	if lo <= n.key && n.key <= hi && !yield(n.key, n.val) {
		return false
	}
	return n.key >= hi || n.right.walk(lo, hi, yield)
}

// Range iterates over entries with lo <= key <= hi, in key order.
func (t *Tree[K, V]) Range(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { t.root.walk(lo, hi, yield) }
}

func (t *Tree[K, V]) String() string {
	var parts []string
	var visit func(n *node[K, V])
	visit = func(n *node[K, V]) {
		if n == nil {
			return
		}
		visit(n.left)
		parts = append(parts, fmt.Sprintf("%v:%v", n.key, n.val))
		visit(n.right)
	}
	visit(t.root)
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	ages := &Tree[string, int]{}
	for i, name := range strings.Fields("mia leo ava zoe eli ivy max leo ben") {
		ages.Put(name, 20+i*3)
	}
	fmt.Println(ages)
	fmt.Printf("size=%d height=%d\n", ages.size, height(ages.root))
	for _, q := range []string{"leo", "ann", "zoe"} {
		v, ok := ages.Get(q)
		fmt.Printf("Get(%q) = %d, %t\n", q, v, ok)
	}
	for k, v := range ages.Range("b", "m") {
		fmt.Printf("  in [b,m]: %s=%d\n", k, v)
	}

	temps := &Tree[float64, string]{}
	for _, f := range []float64{21.5, -3, 14.25, 30, 7.5, 0, 18} {
		temps.Put(f, fmt.Sprintf("t%g", f))
	}
	fmt.Println(temps)
	visited := 0
	for k, v := range temps.Range(0, 100) {
		visited++
		if k > 10 {
			fmt.Printf("first above 10: %v (%s) after %d steps\n", k, v, visited)
			break
		}
	}
	var sum float64
	for k := range temps.Range(-100, 100) {
		sum += k
	}
	fmt.Printf("sum=%.2f height=%d\n", sum, height(temps.root))
}
