// Parallel merge sort: spawn goroutines for halves until a size threshold.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

const threshold = 512

var spawned atomic.Int64

func merge[T cmp.Ordered](a, b []T) []T {
	out := make([]T, 0, len(a)+len(b))
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

func insertionSort[T cmp.Ordered](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func parallelMergeSort[T cmp.Ordered](xs []T) []T {
	if len(xs) <= threshold {
		out := slices.Clone(xs)
		insertionSort(out)
		return out
	}
	mid := len(xs) / 2
	var left []T
	var wg sync.WaitGroup
	wg.Add(1)
	spawned.Add(1)
	go func() {
		defer wg.Done()
		left = parallelMergeSort(xs[:mid])
	}()
	right := parallelMergeSort(xs[mid:])
	wg.Wait()
	return merge(left, right)
}

func main() {
	const n = 20_000
	xs := make([]int, n)
	seed := uint32(12345)
	for i := range xs {
		seed = seed*1664525 + 1013904223
		xs[i] = int((seed >> 16) % 10000)
	}
	sorted := parallelMergeSort(xs)
	want := slices.Clone(xs)
	slices.Sort(want)
	fmt.Println("length:", len(sorted))
	fmt.Println("sorted:", slices.IsSorted(sorted))
	fmt.Println("equal to slices.Sort:", slices.Equal(sorted, want))
	fmt.Println("first five:", sorted[:5])
	fmt.Println("last five:", sorted[n-5:])
	fmt.Println("goroutines spawned:", spawned.Load())

	words := []string{"pear", "fig", "apple", "kiwi", "banana", "date", "cherry"}
	fmt.Println(parallelMergeSort(words))
}
