package main

import (
	"fmt"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

// Fenwick is a binary indexed tree over 0-based positions.
type Fenwick[T Number] struct {
	tree []T
}

func NewFenwick[T Number](vals []T) *Fenwick[T] {
	f := &Fenwick[T]{tree: make([]T, len(vals)+1)}
	for i, v := range vals {
		f.Add(i, v)
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

func (f *Fenwick[T]) RangeSum(lo, hi int) (T, error) {
	if lo < 0 || hi > len(f.tree)-1 || lo > hi {
		var zero T
		return zero, fmt.Errorf("invalid range [%d,%d) for size %d", lo, hi, len(f.tree)-1)
	}
	return f.Prefix(hi) - f.Prefix(lo), nil
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func main() {
	f := NewFenwick([]int{5, 2, 9, -3, 7, 1, 4, 6})
	for _, r := range [][2]int{{0, 8}, {2, 5}, {3, 4}, {6, 6}, {5, 9}, {4, 2}} {
		s, err := f.RangeSum(r[0], r[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("sum[%d,%d) = %d\n", r[0], r[1], s)
	}
	f.Add(3, 10)
	s, _ := f.RangeSum(0, 8)
	fmt.Println("after add(3,10) total:", s)

	sales := NewFenwick([]Cents{1999, 250, 10000, 75})
	total, _ := sales.RangeSum(0, 4)
	mid, _ := sales.RangeSum(1, 3)
	fmt.Println("sales total:", total, "middle:", mid)
	fl := NewFenwick([]float64{0.5, 0.25, 0.125})
	fmt.Println("float prefix:", fl.Prefix(3))
	counts := NewFenwick(make([]int32, 10))
	for _, v := range []int{3, 7, 3, 1, 9, 3} {
		counts.Add(v, 1)
	}
	fmt.Println("values < 4:", counts.Prefix(4), "values <= 9:", counts.Prefix(10))
}
