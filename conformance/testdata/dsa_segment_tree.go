package main

import (
	"cmp"
	"fmt"
	"strings"
)

// SegTree is an iterative segment tree over an associative operation.
type SegTree[T any] struct {
	n       int
	tree    []T
	combine func(a, b T) T
	ident   T
}

func NewSegTree[T any](data []T, ident T, combine func(a, b T) T) *SegTree[T] {
	n := len(data)
	st := &SegTree[T]{n: n, tree: make([]T, 2*n), combine: combine, ident: ident}
	copy(st.tree[n:], data)
	for i := n - 1; i > 0; i-- {
		st.tree[i] = combine(st.tree[2*i], st.tree[2*i+1])
	}
	return st
}

func (st *SegTree[T]) Update(i int, v T) {
	i += st.n
	st.tree[i] = v
	for i > 1 {
		i /= 2
		st.tree[i] = st.combine(st.tree[2*i], st.tree[2*i+1])
	}
}

// Query returns the combination over [l, r).
func (st *SegTree[T]) Query(l, r int) T {
	resL, resR := st.ident, st.ident
	for l, r = l+st.n, r+st.n; l < r; l, r = l/2, r/2 {
		if l&1 == 1 {
			resL = st.combine(resL, st.tree[l])
			l++
		}
		if r&1 == 1 {
			r--
			resR = st.combine(st.tree[r], resR)
		}
	}
	return st.combine(resL, resR)
}

func (st *SegTree[T]) String() string {
	parts := make([]string, st.n)
	for i := range parts {
		parts[i] = fmt.Sprint(st.tree[st.n+i])
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func minOf[T cmp.Ordered](a, b T) T {
	if a < b {
		return a
	}
	return b
}

type stats struct {
	Sum, Max int
}

func main() {
	data := []int{5, 3, 8, 6, 1, 4, 7, 2}
	sum := NewSegTree(data, 0, func(a, b int) int { return a + b })
	mn := NewSegTree(data, 1<<31-1, minOf[int])
	fmt.Println("data:", sum)
	queries := [][2]int{{0, 8}, {2, 5}, {3, 4}, {4, 8}, {1, 7}}
	for _, q := range queries {
		fmt.Printf("[%d,%d) sum=%3d min=%d\n", q[0], q[1], sum.Query(q[0], q[1]), mn.Query(q[0], q[1]))
	}
	sum.Update(4, 10)
	mn.Update(4, 10)
	mn.Update(1, 0)
	sum.Update(1, 0)
	fmt.Println("after updates:", sum)
	for _, q := range queries {
		fmt.Printf("[%d,%d) sum=%3d min=%d\n", q[0], q[1], sum.Query(q[0], q[1]), mn.Query(q[0], q[1]))
	}

	words := []string{"a", "b", "c", "d", "e", "f"}
	cat := NewSegTree(words, "", func(a, b string) string { return a + b })
	fmt.Printf("concat[1,5)=%q concat[0,6)=%q\n", cat.Query(1, 5), cat.Query(0, 6))
	cat.Update(2, "X")
	fmt.Printf("after set(2,X): %q\n", cat.Query(0, 6))

	vals := []stats{{3, 3}, {-1, -1}, {4, 4}, {1, 1}, {5, 5}}
	agg := NewSegTree(vals, stats{0, -1 << 31}, func(a, b stats) stats {
		return stats{a.Sum + b.Sum, max(a.Max, b.Max)}
	})
	fmt.Printf("stats[0,5)=%+v\n", agg.Query(0, 5))
	fmt.Printf("stats[1,3)=%+v\n", agg.Query(1, 3))
	fmt.Printf("min string: %s\n", minOf("pear", "apple"))
}
