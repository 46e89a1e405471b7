package main

import (
	"fmt"
	"slices"
)

// Fenwick is a binary indexed tree over 1-based positions.
type Fenwick struct {
	tree []int
}

func NewFenwick(n int) *Fenwick { return &Fenwick{tree: make([]int, n+1)} }

func (f *Fenwick) Add(i, delta int) {
	for ; i < len(f.tree); i += i & -i {
		f.tree[i] += delta
	}
}

func (f *Fenwick) Prefix(i int) int {
	s := 0
	for ; i > 0; i -= i & -i {
		s += f.tree[i]
	}
	return s
}

func (f *Fenwick) Range(l, r int) int { return f.Prefix(r) - f.Prefix(l-1) }

// LowerBound returns the smallest index whose prefix sum is >= target.
func (f *Fenwick) LowerBound(target int) int {
	pos := 0
	step := 1
	for step*2 < len(f.tree) {
		step *= 2
	}
	for ; step > 0; step /= 2 {
		if pos+step < len(f.tree) && f.tree[pos+step] < target {
			pos += step
			target -= f.tree[pos]
		}
	}
	return pos + 1
}

func countInversions(a []int) int {
	sorted := slices.Clone(a)
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)
	rank := func(v int) int {
		i, _ := slices.BinarySearch(sorted, v)
		return i + 1
	}
	bit := NewFenwick(len(sorted))
	inv := 0
	for i := len(a) - 1; i >= 0; i-- {
		r := rank(a[i])
		inv += bit.Prefix(r - 1)
		bit.Add(r, 1)
	}
	return inv
}

func bruteInversions(a []int) int {
	n := 0
	for i := range a {
		for j := i + 1; j < len(a); j++ {
			if a[i] > a[j] {
				n++
			}
		}
	}
	return n
}

func main() {
	vals := []int{3, 2, -1, 6, 5, 4, -3, 3, 7, 2}
	bit := NewFenwick(len(vals))
	for i, v := range vals {
		bit.Add(i+1, v)
	}
	fmt.Printf("values: %v\n", vals)
	fmt.Printf("tree:   %v\n", bit.tree[1:])
	for i := 1; i <= len(vals); i += 3 {
		fmt.Printf("prefix(%2d) = %3d\n", i, bit.Prefix(i))
	}
	fmt.Println("range(3,7) =", bit.Range(3, 7))
	bit.Add(4, -6)
	fmt.Println("after add(4,-6) range(3,7) =", bit.Range(3, 7))

	freq := NewFenwick(16)
	for _, x := range []int{5, 1, 9, 5, 12, 3, 9, 9} {
		freq.Add(x, 1)
	}
	for k := 1; k <= 8; k++ {
		fmt.Printf("k=%d smallest=%d\n", k, freq.LowerBound(k))
	}

	tests := [][]int{
		{1, 2, 3, 4},
		{4, 3, 2, 1},
		{2, 4, 1, 3, 5},
		{8, 4, 2, 1, 4, 8, 0},
	}
	for _, t := range tests {
		fast, slow := countInversions(t), bruteInversions(t)
		fmt.Printf("%-18v inversions=%d brute=%d ok=%t\n", fmt.Sprint(t), fast, slow, fast == slow)
	}
}
