package main

import (
	"fmt"
	"strings"
	"sync"
)

// chunks splits [0,n) into at most k contiguous ranges.
func chunks(n, k int) [][2]int {
	size := (n + k - 1) / k
	var out [][2]int
	for lo := 0; lo < n; lo += size {
		out = append(out, [2]int{lo, min(lo+size, n)})
	}
	return out
}

// ParMap applies f to every element, one goroutine per chunk.
func ParMap[T, U any](xs []T, workers int, f func(T) U) []U {
	out := make([]U, len(xs))
	var wg sync.WaitGroup
	for _, c := range chunks(len(xs), workers) {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				out[i] = f(xs[i])
			}
		}(c[0], c[1])
	}
	wg.Wait()
	return out
}

// ParFilter keeps elements satisfying pred, preserving the original order.
func ParFilter[T any](xs []T, workers int, pred func(T) bool) []T {
	parts := chunks(len(xs), workers)
	kept := make([][]T, len(parts))
	var wg sync.WaitGroup
	for ci, c := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, x := range xs[c[0]:c[1]] {
				if pred(x) {
					kept[ci] = append(kept[ci], x)
				}
			}
		}()
	}
	wg.Wait()
	var out []T
	for _, k := range kept {
		out = append(out, k...)
	}
	return out
}

// ParReduce folds each chunk in parallel, then combines the partials in order.
func ParReduce[T any](xs []T, workers int, zero T, op func(T, T) T) T {
	parts := chunks(len(xs), workers)
	partial := make([]T, len(parts))
	var wg sync.WaitGroup
	for ci, c := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acc := zero
			for _, x := range xs[c[0]:c[1]] {
				acc = op(acc, x)
			}
			partial[ci] = acc
		}()
	}
	wg.Wait()
	acc := zero
	for _, p := range partial {
		acc = op(acc, p)
	}
	return acc
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	nums := make([]int, 200)
	for i := range nums {
		nums[i] = i + 1
	}

	primes := ParFilter(nums, 4, isPrime)
	fmt.Printf("%d primes up to %d\n", len(primes), len(nums))
	fmt.Println("first ten:", primes[:10])
	fmt.Println("last five:", primes[len(primes)-5:])

	squares := ParMap(primes, 4, func(p int) int { return p * p })
	sumSq := ParReduce(squares, 4, 0, func(a, b int) int { return a + b })
	fmt.Printf("sum of squared primes: %d\n", sumSq)

	idx := make([]int, len(primes)-1)
	for i := range idx {
		idx[i] = i + 1
	}
	gaps := ParMap(idx, 3, func(i int) int { return primes[i] - primes[i-1] })
	maxGap := ParReduce(gaps, 3, 0, func(a, b int) int { return max(a, b) })
	fmt.Printf("largest prime gap: %d\n", maxGap)

	words := strings.Fields("fork exec wait exit pipe dup mmap brk kill signal select poll epoll futex clone")
	lengths := ParMap(words, 5, func(w string) int { return len(w) })
	long := ParFilter(words, 5, func(w string) bool { return len(w) >= 5 })
	joined := ParReduce(ParMap(words, 5, strings.ToUpper), 5, "", func(a, b string) string {
		if a == "" {
			return b
		}
		if b == "" {
			return a
		}
		return a + "|" + b
	})
	fmt.Println("syscall name lengths:", lengths)
	fmt.Printf("long names: %v\n", long)
	fmt.Println("joined:", joined)

	for _, w := range []int{1, 2, 7, 16} {
		total := ParReduce(nums, w, 0, func(a, b int) int { return a + b })
		fmt.Printf("workers=%-3d chunks=%-3d sum=%5d\n", w, len(chunks(len(nums), w)), total)
	}
}
