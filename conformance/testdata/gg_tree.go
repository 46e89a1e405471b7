package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type treeNode[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *treeNode[K, V]
}

// Tree is an unbalanced binary search tree map.
type Tree[K cmp.Ordered, V any] struct {
	root *treeNode[K, V]
	size int
}

func (t *Tree[K, V]) Put(k K, v V) (replaced bool) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return true
		}
	}
	*p = &treeNode[K, V]{key: k, val: v}
	t.size++
	return false
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
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

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *treeNode[K, V]) bool
		walk = func(n *treeNode[K, V]) bool {
			return n == nil || (walk(n.left) && yield(n.key, n.val) && walk(n.right))
		}
		walk(t.root)
	}
}

func (t *Tree[K, V]) Min() (K, V, bool) {
	for k, v := range t.All() {
		return k, v, true
	}
	var k K
	var v V
	return k, v, false
}

func (t *Tree[K, V]) Height() int {
	var h func(n *treeNode[K, V]) int
	h = func(n *treeNode[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

// Keys collects the in-order keys.
func Keys[K cmp.Ordered, V any](t *Tree[K, V]) []K {
	var out []K
	for k := range t.All() {
		out = append(out, k)
	}
	return out
}

func Build[K cmp.Ordered, V any](keys []K, val func(K) V) *Tree[K, V] {
	t := &Tree[K, V]{}
	for _, k := range keys {
		t.Put(k, val(k))
	}
	return t
}

func main() {
	t := Build([]int{50, 30, 70, 20, 40, 60, 80, 35}, func(k int) string { return fmt.Sprintf("v%d", k) })
	fmt.Println("keys:", Keys(t), "size:", t.size, "height:", t.Height())
	v, ok := t.Get(40)
	fmt.Println("get 40:", v, ok)
	v, ok = t.Get(45)
	fmt.Printf("get 45: %q %v\n", v, ok)
	fmt.Println("replace 60:", t.Put(60, "sixty"), "insert 65:", t.Put(65, "v65"))
	k, mv, _ := t.Min()
	fmt.Println("min:", k, mv)

	for k, v := range t.All() {
		if k > 55 {
			fmt.Printf("  first key > 55: %d=%s\n", k, v)
			break
		}
	}

	words := strings.Fields("the cat sat on the mat and the cat slept")
	counts := &Tree[string, int]{}
	for _, w := range words {
		n, _ := counts.Get(w)
		counts.Put(w, n+1)
	}
	for w, n := range counts.All() {
		fmt.Printf("  %-6s %d\n", w, n)
	}

	sorted := Build(slices.Sorted(slices.Values([]float64{3.5, 1.25, 2})), func(f float64) bool { return f > 2 })
	fmt.Println("degenerate height:", sorted.Height(), Keys(sorted))
	var empty Tree[string, []int]
	_, _, ok = empty.Min()
	fmt.Printf("empty min ok=%v %T\n", ok, &empty)
}
