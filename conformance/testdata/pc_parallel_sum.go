// Lab 16: parallel sum and a small map-reduce over a slice.
package main

import (
	"fmt"
	"sync"
)

type Number interface {
	~int | ~int64 | ~float64
}

// chunks splits [0,n) into p nearly equal half-open ranges.
func chunks(n, p int) [][2]int {
	var out [][2]int
	size := (n + p - 1) / p
	for lo := 0; lo < n; lo += size {
		out = append(out, [2]int{lo, min(lo+size, n)})
	}
	return out
}

// ParallelSum sums xs using p goroutines, one partial sum per goroutine.
func ParallelSum[T Number](xs []T, p int) T {
	parts := chunks(len(xs), p)
	partial := make([]T, len(parts))
	var wg sync.WaitGroup
	for i, c := range parts {
		wg.Go(func() {
			var s T
			for _, v := range xs[c[0]:c[1]] {
				s += v
			}
			partial[i] = s
		})
	}
	wg.Wait()
	var total T
	for _, s := range partial {
		total += s
	}
	return total
}

// MapReduce applies mapper in parallel, then reduces sequentially in order.
func MapReduce[T, U, R any](xs []T, p int, mapper func(T) U, init R, reduce func(R, U) R) R {
	mapped := make([]U, len(xs))
	var wg sync.WaitGroup
	for _, c := range chunks(len(xs), p) {
		wg.Go(func() {
			for i := c[0]; i < c[1]; i++ {
				mapped[i] = mapper(xs[i])
			}
		})
	}
	wg.Wait()
	acc := init
	for _, u := range mapped {
		acc = reduce(acc, u)
	}
	return acc
}

func main() {
	xs := make([]int, 100000)
	for i := range xs {
		xs[i] = i + 1
	}
	for _, p := range []int{1, 2, 3, 4, 7, 16} {
		fmt.Printf("p=%2d sum=%d chunks=%d\n", p, ParallelSum(xs, p), len(chunks(len(xs), p)))
	}
	fmt.Println("formula n(n+1)/2 =", len(xs)*(len(xs)+1)/2)

	// Floats: the sum of 1/2^k is exact in binary, so every p gives 2.
	fs := make([]float64, 40)
	w := 1.0
	for i := range fs {
		fs[i] = w
		w /= 2
	}
	fmt.Printf("geometric sum: %8.3f\n", ParallelSum(fs, 4))

	// Map-reduce: sum of squares and longest word.
	sq := MapReduce(xs[:1000], 4, func(v int) int { return v * v }, 0, func(a, b int) int { return a + b })
	fmt.Println("sum of squares 1..1000:", sq)

	words := []string{"thread", "process", "fiber", "coroutine", "task", "actor", "green-thread"}
	longest := MapReduce(words, 3, func(s string) int { return len(s) }, 0, func(a, b int) int { return max(a, b) })
	fmt.Println("longest word length:", longest)

	counts := MapReduce(words, 2, func(s string) map[byte]int { return map[byte]int{s[0]: 1} },
		map[string]int{}, func(acc map[string]int, m map[byte]int) map[string]int {
			for k, v := range m {
				acc[string(k)] += v
			}
			return acc
		})
	fmt.Println("first-letter counts:", counts)
	fmt.Println("chunks(10,3):", chunks(10, 3))
}
