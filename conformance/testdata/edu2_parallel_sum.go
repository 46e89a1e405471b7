// Week 8 assignment: summing a large slice in parallel with goroutines.
package main

import (
	"fmt"
	"sync"
)

type partial struct {
	index int
	lo    int
	hi    int
	sum   int64
}

// parallelSum splits xs into n chunks; each goroutine sends its result.
func parallelSum(xs []int64, n int) (total int64, parts []partial) {
	results := make(chan partial, n)
	var wg sync.WaitGroup
	size := (len(xs) + n - 1) / n
	for i := 0; i < n; i++ {
		lo := i * size
		hi := min(lo+size, len(xs))
		if lo >= hi {
			continue
		}
		wg.Add(1)
		go func(idx, lo, hi int) {
			defer wg.Done()
			var s int64
			for _, v := range xs[lo:hi] {
				s += v
			}
			results <- partial{idx, lo, hi, s}
		}(i, lo, hi)
	}
	wg.Wait()
	close(results)

	// Collect into a slice indexed by chunk so printing order is fixed.
	parts = make([]partial, n)
	for p := range results {
		parts[p.index] = p
		total += p.sum
	}
	return total, parts
}

// mutexSum uses a shared total guarded by a mutex instead of a channel.
func mutexSum(xs []int64, n int) int64 {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var total int64
	size := (len(xs) + n - 1) / n
	for lo := 0; lo < len(xs); lo += size {
		hi := min(lo+size, len(xs))
		wg.Go(func() {
			var s int64
			for _, v := range xs[lo:hi] {
				s += v
			}
			mu.Lock()
			total += s
			mu.Unlock()
		})
	}
	wg.Wait()
	return total
}

func main() {
	const N = 100000
	xs := make([]int64, N)
	for i := range xs {
		xs[i] = int64(i + 1)
	}
	expected := int64(N) * (N + 1) / 2

	for _, workers := range []int{1, 4, 7} {
		total, parts := parallelSum(xs, workers)
		fmt.Printf("workers=%d total=%d correct=%t\n", workers, total, total == expected)
		for _, p := range parts {
			fmt.Printf("  chunk %d [%6d,%6d) sum=%d\n", p.index, p.lo, p.hi, p.sum)
		}
	}
	fmt.Printf("mutex version: %d (expected %d)\n", mutexSum(xs, 5), expected)
}
