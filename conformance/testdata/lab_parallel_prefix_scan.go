// Lab 5: parallel inclusive prefix sum using the classic three-phase
// block algorithm: local scans, scan of block totals, then offsets.
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

func parallelScan[T Number](xs []T, blocks int) []T {
	n := len(xs)
	out := make([]T, n)
	size := (n + blocks - 1) / blocks
	totals := make([]T, blocks)
	bounds := func(b int) (int, int) {
		lo := min(b*size, n)
		return lo, min(lo+size, n)
	}

	// Phase 1: each goroutine scans its own block.
	var wg sync.WaitGroup
	for b := range blocks {
		wg.Go(func() {
			lo, hi := bounds(b)
			var acc T
			for i := lo; i < hi; i++ {
				acc += xs[i]
				out[i] = acc
			}
			totals[b] = acc
		})
	}
	wg.Wait()

	// Phase 2: exclusive scan of block totals (small, done sequentially).
	offsets := make([]T, blocks)
	for b := 1; b < blocks; b++ {
		offsets[b] = offsets[b-1] + totals[b-1]
	}

	// Phase 3: add offsets in parallel.
	for b := 1; b < blocks; b++ {
		wg.Go(func() {
			lo, hi := bounds(b)
			for i := lo; i < hi; i++ {
				out[i] += offsets[b]
			}
		})
	}
	wg.Wait()
	return out
}

func main() {
	xs := make([]int, 37)
	for i := range xs {
		xs[i] = (i*7 + 3) % 10
	}
	want := sequentialScan(xs)
	for _, blocks := range []int{1, 2, 4, 5, 8} {
		got := parallelScan(xs, blocks)
		fmt.Printf("blocks=%d equal=%v last=%d\n", blocks, slices.Equal(got, want), got[len(got)-1])
	}
	fmt.Println(parallelScan(xs, 4)[:12])

	fs := []float64{0.5, 1.25, 2, 0.25, 3, 1}
	fmt.Println(parallelScan(fs, 3))
}
