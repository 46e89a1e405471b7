// Exercise 19: a generic parallel map that preserves input order.
package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// ParallelMap runs f over in with the given number of workers. Each worker
// pulls indexes from a channel and writes only its own output slots.
func ParallelMap[T, R any](in []T, workers int, f func(T) R) []R {
	out := make([]R, len(in))
	idx := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = f(in[i])
			}
		}()
	}
	for i := range in {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
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

type Stats struct {
	Word   string
	Vowels int
	Upper  string
}

func main() {
	nums := make([]int, 20)
	for i := range nums {
		nums[i] = 1000 + i*37
	}
	flags := ParallelMap(nums, 4, isPrime)
	primeCount := Reduce(flags, 0, func(a int, b bool) int {
		if b {
			return a + 1
		}
		return a
	})
	for i, n := range nums {
		if flags[i] {
			fmt.Printf("%d is prime\n", n)
		}
	}
	fmt.Printf("%d of %d candidates are prime\n", primeCount, len(nums))

	words := strings.Fields("mutex semaphore barrier monitor channel goroutine deadlock livelock")
	stats := ParallelMap(words, 3, func(w string) Stats {
		return Stats{Word: w, Vowels: strings.Count(w, "a") + strings.Count(w, "e") +
			strings.Count(w, "i") + strings.Count(w, "o") + strings.Count(w, "u"), Upper: strings.ToUpper(w)}
	})
	for _, s := range stats {
		fmt.Printf("%-10s vowels=%d upper=%s\n", s.Word, s.Vowels, s.Upper)
	}

	// The same function with different worker counts gives identical answers.
	square := func(x int) int { return x * x }
	base := ParallelMap(nums, 1, square)
	for _, w := range []int{2, 5, 16} {
		got := ParallelMap(nums, w, square)
		same := slices.Equal(got, base)
		fmt.Printf("workers=%2d sum of squares=%d matches serial=%v\n", w, Reduce(got, 0, func(a, b int) int { return a + b }), same)
	}
}
