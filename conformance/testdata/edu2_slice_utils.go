// Week 6 assignment: slice exercises - dedupe, two-sum, reverse, chunk.
package main

import (
	"fmt"
	"slices"
)

// dedupe keeps the first occurrence of each value, preserving order.
func dedupe(xs []int) []int {
	seen := make(map[int]bool)
	out := xs[:0:0]
	for _, x := range xs {
		if seen[x] {
			continue
		}
		seen[x] = true
		out = append(out, x)
	}
	return out
}

// twoSum returns indices of two numbers adding up to target using a map.
func twoSum(nums []int, target int) (i, j int, found bool) {
	index := make(map[int]int)
	for k, n := range nums {
		if prev, ok := index[target-n]; ok {
			return prev, k, true
		}
		index[n] = k
	}
	return -1, -1, false
}

// chunk splits xs into pieces of at most size elements.
func chunk(xs []int, size int) [][]int {
	var out [][]int
	for size < len(xs) {
		xs, out = xs[size:], append(out, xs[:size])
	}
	return append(out, xs)
}

// removeAt deletes index i without keeping order (swap with last).
func removeAt(xs []int, i int) []int {
	xs[i] = xs[len(xs)-1]
	return xs[:len(xs)-1]
}

func main() {
	data := []int{4, 1, 4, 2, 1, 9, 2, 7, 4}
	fmt.Println("data:     ", data)
	fmt.Println("dedupe:   ", dedupe(data))

	sorted := slices.Clone(data)
	slices.Sort(sorted)
	fmt.Println("compacted:", slices.Compact(sorted))
	fmt.Println("original unchanged:", data)

	nums := []int{2, 7, 11, 15, -3, 8}
	for _, t := range []int{9, 5, 26, 100} {
		i, j, ok := twoSum(nums, t)
		fmt.Printf("twoSum(%v, %3d) -> (%d, %d) found=%t\n", nums, t, i, j, ok)
	}

	for _, size := range []int{2, 3, 4} {
		fmt.Printf("chunk size %d: %v\n", size, chunk([]int{1, 2, 3, 4, 5, 6, 7, 8}, size))
	}

	s := []int{10, 20, 30, 40, 50}
	s = removeAt(s, 1)
	fmt.Printf("after removeAt(1): %v len=%d cap=%d\n", s, len(s), cap(s))

	rev := slices.Clone(s)
	slices.Reverse(rev)
	fmt.Println("reversed:", rev, "max:", slices.Max(rev), "contains 30:", slices.Contains(rev, 30))

	// Slices share the backing array: a classic gotcha.
	a := []int{1, 2, 3, 4}
	b := a[1:3]
	b[0] = 99
	fmt.Printf("a=%v b=%v len(b)=%d cap(b)=%d\n", a, b, len(b), cap(b))
}
