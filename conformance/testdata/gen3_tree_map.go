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

type TreeMap[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

func (t *TreeMap[K, V]) Put(k K, v V) (replaced bool) {
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
	*p = &node[K, V]{key: k, val: v}
	t.size++
	return false
}

func (t *TreeMap[K, V]) Get(k K) (V, bool) {
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

func (t *TreeMap[K, V]) Floor(k K) (K, V, bool) {
	var best *node[K, V]
	for n := t.root; n != nil; {
		if n.key <= k {
			best, n = n, n.right
		} else {
			n = n.left
		}
	}
	if best == nil {
		var zk K
		var zv V
		return zk, zv, false
	}
	return best.key, best.val, true
}

func (t *TreeMap[K, V]) Len() int { return t.size }

func (t *TreeMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			return n == nil || (walk(n.left) && yield(n.key, n.val) && walk(n.right))
		}
		walk(t.root)
	}
}

func (t *TreeMap[K, V]) Height() int {
	var h func(n *node[K, V]) int
	h = func(n *node[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

type Version struct{ Major, Minor int }

func main() {
	var idx TreeMap[string, []int]
	for i, w := range strings.Fields("to be or not to be that is the question") {
		old, _ := idx.Get(w)
		idx.Put(w, append(old, i))
	}
	fmt.Printf("%T len=%d height=%d\n", &idx, idx.Len(), idx.Height())
	for w, pos := range idx.All() {
		fmt.Printf("  %-8s %v\n", w, pos)
	}

	var rates TreeMap[int, float64]
	for _, b := range [][2]float64{{0, 0.10}, {11000, 0.12}, {44725, 0.22}, {95375, 0.24}} {
		rates.Put(int(b[0]), b[1])
	}
	for _, income := range []int{5000, 44725, 60000, 250000, -1} {
		from, rate, ok := rates.Floor(income)
		fmt.Printf("income %d: bracket from %d rate %.2f ok=%t\n", income, from, rate, ok)
	}
	fmt.Println("replaced:", rates.Put(0, 0.09), "len:", rates.Len())

	var releases TreeMap[string, Version]
	releases.Put("2024-02", Version{1, 22})
	releases.Put("2023-08", Version{1, 21})
	releases.Put("2024-08", Version{1, 23})
	for date, v := range releases.All() {
		if date > "2024" {
			fmt.Printf("%s %+v\n", date, v)
		}
	}
	for date := range releases.All() {
		fmt.Println("first release:", date)
		break
	}
}
