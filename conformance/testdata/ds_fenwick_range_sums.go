package main

import (
	"fmt"
	"strings"
)

// Fenwick is a binary indexed tree over a 0-based array of n elements.
type Fenwick struct {
	tree []int
}

func NewFenwick(vals []int) *Fenwick {
	f := &Fenwick{tree: make([]int, len(vals)+1)}
	for i, v := range vals {
		f.Add(i, v)
	}
	return f
}

// Add adds delta to element i.
func (f *Fenwick) Add(i, delta int) {
	for j := i + 1; j < len(f.tree); j += j & -j {
		f.tree[j] += delta
	}
}

// Prefix returns the sum of elements [0, i).
func (f *Fenwick) Prefix(i int) int {
	s := 0
	for j := i; j > 0; j -= j & -j {
		s += f.tree[j]
	}
	return s
}

func (f *Fenwick) Range(lo, hi int) int { return f.Prefix(hi) - f.Prefix(lo) }

// SegTree supports range-minimum queries with point updates.
type SegTree struct {
	n    int
	mins []int
}

func NewSegTree(vals []int) *SegTree {
	n := 1
	for n < len(vals) {
		n <<= 1
	}
	st := &SegTree{n: n, mins: make([]int, 2*n)}
	for i := range st.mins {
		st.mins[i] = int(^uint(0) >> 1)
	}
	copy(st.mins[n:], vals)
	for i := n - 1; i > 0; i-- {
		st.mins[i] = min(st.mins[2*i], st.mins[2*i+1])
	}
	return st
}

func (st *SegTree) Set(i, v int) {
	i += st.n
	st.mins[i] = v
	for i >>= 1; i > 0; i >>= 1 {
		st.mins[i] = min(st.mins[2*i], st.mins[2*i+1])
	}
}

// Min returns the minimum over [lo, hi).
func (st *SegTree) Min(lo, hi int) int {
	res := int(^uint(0) >> 1)
	for lo, hi = lo+st.n, hi+st.n; lo < hi; lo, hi = lo>>1, hi>>1 {
		if lo&1 == 1 {
			res = min(res, st.mins[lo])
			lo++
		}
		if hi&1 == 1 {
			hi--
			res = min(res, st.mins[hi])
		}
	}
	return res
}

func main() {
	vals := []int{5, 2, 9, -3, 6, 1, 7, 4, 8, 0}
	fw := NewFenwick(vals)
	st := NewSegTree(vals)
	fmt.Println("values:", vals)
	fmt.Println("tree:  ", fw.tree[1:])

	queries := [][2]int{{0, 10}, {0, 1}, {2, 5}, {3, 4}, {4, 10}, {5, 5}}
	fmt.Printf("%-8s %6s %6s %6s\n", "range", "sum", "naive", "min")
	for _, q := range queries {
		naive := 0
		for _, v := range vals[q[0]:q[1]] {
			naive += v
		}
		m := "-"
		if q[0] < q[1] {
			m = fmt.Sprint(st.Min(q[0], q[1]))
		}
		label := fmt.Sprintf("[%d,%d)", q[0], q[1])
		fmt.Printf("%-8s %6d %6d %6s\n", label, fw.Range(q[0], q[1]), naive, m)
	}

	fmt.Println("update: vals[3] += 10, vals[9] = -5")
	fw.Add(3, 10)
	vals[3] += 10
	st.Set(3, vals[3])
	fw.Add(9, -5-vals[9])
	vals[9] = -5
	st.Set(9, -5)
	for _, q := range queries[:5] {
		fmt.Printf("  sum[%d,%d)=%d min=%d\n", q[0], q[1], fw.Range(q[0], q[1]), st.Min(q[0], q[1]))
	}

	prefix := make([]string, 0, len(vals)+1)
	for i := 0; i <= len(vals); i++ {
		prefix = append(prefix, fmt.Sprint(fw.Prefix(i)))
	}
	fmt.Println("prefix sums:", strings.Join(prefix, " "))

	// An off-by-one: the tree has len(vals)+1 slots, so index len(vals)+1 is out of range.
	fmt.Println("querying past the end...")
	fmt.Println(fw.tree[len(vals)+1])
}
