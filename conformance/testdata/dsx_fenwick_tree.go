package main

import (
	"fmt"
	"math/bits"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

// Fenwick is a binary indexed tree over positions 0..n-1.
type Fenwick[T Number] struct {
	tree []T // 1-based internally
}

func NewFenwick[T Number](n int) *Fenwick[T] {
	return &Fenwick[T]{tree: make([]T, n+1)}
}

func FromSlice[T Number](vals []T) *Fenwick[T] {
	f := NewFenwick[T](len(vals))
	copy(f.tree[1:], vals)
	for i := 1; i < len(f.tree); i++ {
		if p := i + i&-i; p < len(f.tree) {
			f.tree[p] += f.tree[i]
		}
	}
	return f
}

func (f *Fenwick[T]) Add(i int, delta T) {
	for i++; i < len(f.tree); i += i & -i {
		f.tree[i] += delta
	}
}

// Prefix returns the sum of positions [0, i).
func (f *Fenwick[T]) Prefix(i int) T {
	var s T
	for ; i > 0; i -= i & -i {
		s += f.tree[i]
	}
	return s
}

func (f *Fenwick[T]) Range(l, r int) T { return f.Prefix(r+1) - f.Prefix(l) }

// LowerBound returns the smallest index i such that Prefix(i+1) >= target,
// assuming all values are non-negative.
func (f *Fenwick[T]) LowerBound(target T) int {
	pos := 0
	n := len(f.tree) - 1
	for step := 1 << (bits.Len(uint(n)) - 1); step > 0; step >>= 1 {
		if pos+step <= n && f.tree[pos+step] < target {
			pos += step
			target -= f.tree[pos]
		}
	}
	return pos
}

func (f *Fenwick[T]) String() string {
	n := len(f.tree) - 1
	vals := make([]T, n)
	for i := range vals {
		vals[i] = f.Range(i, i)
	}
	return fmt.Sprint(vals)
}

func countInversions(a []int) int {
	maxv := 0
	for _, v := range a {
		maxv = max(maxv, v)
	}
	f := NewFenwick[int](maxv + 1)
	inv := 0
	for i, v := range a {
		inv += i - f.Prefix(v+1)
		f.Add(v, 1)
	}
	return inv
}

func main() {
	f := FromSlice([]int{3, 2, -1, 6, 5, 4, -3, 3, 7, 2})
	fmt.Println("values:", f)
	fmt.Println("internal:", f.tree[1:])
	for _, q := range [][2]int{{0, 9}, {2, 5}, {4, 4}, {6, 8}} {
		fmt.Printf("sum[%d..%d] = %d\n", q[0], q[1], f.Range(q[0], q[1]))
	}
	f.Add(3, -6)
	f.Add(9, 10)
	fmt.Println("after updates:", f)
	fmt.Println("total:", f.Prefix(10))

	counts := NewFenwick[int](8)
	for _, v := range []int{1, 1, 3, 4, 4, 4, 6, 7} {
		counts.Add(v, 1)
	}
	for k := 1; k <= 8; k += 2 {
		fmt.Printf("rank %d element: %d\n", k, counts.LowerBound(k))
	}

	ff := FromSlice([]float64{0.5, 1.25, 2, 0.25})
	fmt.Printf("float prefix(3) = %.2f, values %v\n", ff.Prefix(3), ff)
	for _, a := range [][]int{{1, 2, 3, 4}, {4, 3, 2, 1}, {2, 4, 1, 3, 5}} {
		fmt.Printf("inversions %v = %d\n", a, countInversions(a))
	}
}
