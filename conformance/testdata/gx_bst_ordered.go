package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type node[T cmp.Ordered] struct {
	val         T
	left, right *node[T]
}

// Tree is an unbalanced binary search tree over any ordered type.
type Tree[T cmp.Ordered] struct {
	root *node[T]
	size int
}

func (t *Tree[T]) Insert(vs ...T) {
next:
	for _, v := range vs {
		p := &t.root
		for *p != nil {
			switch c := cmp.Compare(v, (*p).val); {
			case c < 0:
				p = &(*p).left
			case c > 0:
				p = &(*p).right
			default:
				continue next
			}
		}
		*p = &node[T]{val: v}
		t.size++
	}
}

func (t *Tree[T]) Contains(v T) bool {
	for n := t.root; n != nil; {
		switch {
		case v < n.val:
			n = n.left
		case v > n.val:
			n = n.right
		default:
			return true
		}
	}
	return false
}

func (t *Tree[T]) Min() (T, bool) {
	var zero T
	if t.root == nil {
		return zero, false
	}
	n := t.root
	for n.left != nil {
		n = n.left
	}
	return n.val, true
}

func (n *node[T]) height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.left.height(), n.right.height())
}

func (n *node[T]) walk(yield func(T) bool) bool {
	if n == nil {
		return true
	}
	return n.left.walk(yield) && yield(n.val) && n.right.walk(yield)
}

// All yields values in ascending order.
func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) { t.root.walk(yield) }
}

func (n *node[T]) render(b *strings.Builder, depth int) {
	if n == nil {
		return
	}
	n.right.render(b, depth+1)
	fmt.Fprintf(b, "%s%v\n", strings.Repeat("    ", depth), n.val)
	n.left.render(b, depth+1)
}

func (t *Tree[T]) String() string {
	var b strings.Builder
	t.root.render(&b, 0)
	return strings.TrimSuffix(b.String(), "\n")
}

func main() {
	var t Tree[int]
	t.Insert(50, 30, 70, 20, 40, 60, 80, 30, 65)
	fmt.Println("size:", t.size, "height:", t.root.height())
	fmt.Println("in order:", slices.Collect(t.All()))
	m, _ := t.Min()
	fmt.Println("min:", m)
	for _, q := range []int{40, 45, 65} {
		fmt.Printf("contains %d: %t\n", q, t.Contains(q))
	}
	fmt.Println(t.String())

	for v := range t.All() {
		if v > 55 {
			fmt.Println("first above 55:", v)
			break
		}
	}

	var words Tree[string]
	words.Insert(strings.Fields("the quick brown fox jumps over the lazy dog")...)
	fmt.Println(slices.Collect(words.All()))
	fmt.Printf("%T size=%d height=%d\n", words, words.size, words.root.height())

	var skewed Tree[float64]
	for i := range 6 {
		skewed.Insert(float64(i) / 2)
	}
	fmt.Println("skewed height:", skewed.root.height(), slices.Collect(skewed.All()))
	var empty Tree[string]
	_, ok := empty.Min()
	fmt.Printf("empty: min ok=%t height=%d items=%q\n", ok, empty.root.height(), slices.Collect(empty.All()))
}
