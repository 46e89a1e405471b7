// Handout 10: generic parallel map and reduce over slices.
// The input is split into contiguous chunks; each worker handles one
// chunk, and partial reductions are combined in chunk order.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func chunks(n, parts int) [][2]int {
	var out [][2]int
	size := (n + parts - 1) / parts
	for lo := 0; lo < n; lo += size {
		out = append(out, [2]int{lo, min(lo+size, n)})
	}
	return out
}

func ParallelMap[T, U any](in []T, workers int, f func(T) U) []U {
	out := make([]U, len(in))
	var wg sync.WaitGroup
	for _, c := range chunks(len(in), workers) {
		wg.Go(func() {
			for i := c[0]; i < c[1]; i++ {
				out[i] = f(in[i])
			}
		})
	}
	wg.Wait()
	return out
}

func ParallelReduce[T any](in []T, workers int, zero T, op func(T, T) T) (T, []T) {
	cs := chunks(len(in), workers)
	partial := make([]T, len(cs))
	var wg sync.WaitGroup
	for k, c := range cs {
		wg.Go(func() {
			acc := zero
			for i := c[0]; i < c[1]; i++ {
				acc = op(acc, in[i])
			}
			partial[k] = acc
		})
	}
	wg.Wait()
	acc := zero
	for _, p := range partial {
		acc = op(acc, p)
	}
	return acc, partial
}

func main() {
	words := strings.Fields(`the quick brown fox jumps over the lazy dog while
		seven parallel workers count letters in every single word of this sentence`)
	lengths := ParallelMap(words, 4, func(s string) int { return len(s) })
	upper := ParallelMap(words, 3, strings.ToUpper)
	for i, w := range words {
		fmt.Printf("%-10s -> %-10s len=%d\n", w, upper[i], lengths[i])
	}

	total, parts := ParallelReduce(lengths, 4, 0, func(a, b int) int { return a + b })
	fmt.Println("partial sums per chunk:", parts)
	fmt.Println("total letters:", total)

	longest, _ := ParallelReduce(words, 5, "", func(a, b string) string {
		if len(b) > len(a) {
			return b
		}
		return a
	})
	fmt.Println("longest word (first wins ties):", longest)

	nums := make([]int, 100)
	for i := range nums {
		nums[i] = i + 1
	}
	squares := ParallelMap(nums, 8, func(x int) int { return x * x })
	sumSq, _ := ParallelReduce(squares, 8, 0, func(a, b int) int { return a + b })
	fmt.Println("sum of squares 1..100:", sumSq)
}
