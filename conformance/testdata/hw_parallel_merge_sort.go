package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

var spawned atomic.Int32

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// MergeSort sorts xs, forking goroutines only while depth > 0.
func MergeSort(xs []int, depth int) []int {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	var left, right []int
	if depth > 0 {
		spawned.Add(1)
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			left = MergeSort(xs[:mid], depth-1)
		}()
		right = MergeSort(xs[mid:], depth-1)
		wg.Wait()
	} else {
		left = MergeSort(xs[:mid], 0)
		right = MergeSort(xs[mid:], 0)
	}
	return merge(left, right)
}

func lcg(seed uint32, n int) []int {
	out := make([]int, n)
	for i := range out {
		seed = seed*1664525 + 1013904223
		out[i] = int(seed>>16) % 1000
	}
	return out
}

func main() {
	data := lcg(42, 5000)
	want := slices.Clone(data)
	slices.Sort(want)
	for _, depth := range []int{0, 1, 3, 5} {
		spawned.Store(0)
		got := MergeSort(slices.Clone(data), depth)
		fmt.Printf("depth=%d goroutines=%d sorted=%v equal=%v\n",
			depth, spawned.Load(), slices.IsSorted(got), slices.Equal(got, want))
	}
	fmt.Println("smallest:", want[:6])
	fmt.Println("largest:", want[len(want)-6:])
}
