// Lecture 9: parallel prefix sums (scan) in three phases.
//  1. each worker computes the sum of its block
//  2. a sequential exclusive scan over block sums gives offsets
//  3. each worker scans its block starting from its offset
package main

import (
	"fmt"
	"slices"
	"sync"
)

type Number interface {
	~int | ~int64 | ~float64
}

func sequentialScan[T Number](xs []T) []T {
	out := make([]T, len(xs))
	var acc T
	for i, x := range xs {
		acc += x
		out[i] = acc
	}
	return out
}

func parallelScan[T Number](xs []T, workers int) []T {
	n := len(xs)
	out := make([]T, n)
	size := (n + workers - 1) / workers
	blockSums := make([]T, workers)
	bounds := func(w int) (int, int) {
		lo := min(w*size, n)
		hi := min(lo+size, n)
		return lo, hi
	}

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			lo, hi := bounds(w)
			var s T
			for _, x := range xs[lo:hi] {
				s += x
			}
			blockSums[w] = s
		})
	}
	wg.Wait()

	offsets := make([]T, workers)
	var acc T
	for w, s := range blockSums {
		offsets[w] = acc
		acc += s
	}

	for w := 0; w < workers; w++ {
		wg.Go(func() {
			lo, hi := bounds(w)
			run := offsets[w]
			for i := lo; i < hi; i++ {
				run += xs[i]
				out[i] = run
			}
		})
	}
	wg.Wait()
	return out
}

func main() {
	xs := make([]int, 37)
	for i := range xs {
		xs[i] = (i*7)%11 - 3
	}
	want := sequentialScan(xs)
	for _, w := range []int{1, 2, 4, 8, 50} {
		got := parallelScan(xs, w)
		fmt.Printf("workers=%2d equal=%v last=%d\n", w, slices.Equal(got, want), got[len(got)-1])
	}
	fmt.Println("input :", xs[:12])
	fmt.Println("prefix:", want[:12])

	fs := []float64{0.5, 1.25, 2, 3.75, 4.5, 0.25}
	fmt.Printf("float scan: %v\n", parallelScan(fs, 3))
	fmt.Printf("empty scan: %v\n", parallelScan([]int{}, 4))
}
