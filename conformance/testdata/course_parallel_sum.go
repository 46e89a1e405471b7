// Lab 8a: parallel reduction with generics.
// ParallelReduce splits a slice into blocks, reduces each block in its own
// goroutine and then combines the block results in block order, so even a
// non-commutative (but associative) operation gives the sequential answer.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Number interface {
	~int | ~int64 | ~float64
}

func ParallelReduce[T any](data []T, workers int, zero T, op func(T, T) T) T {
	if workers < 1 {
		workers = 1
	}
	partial := make([]T, workers)
	var wg sync.WaitGroup
	block := (len(data) + workers - 1) / workers
	for w := 0; w < workers; w++ {
		lo := min(w*block, len(data))
		hi := min(lo+block, len(data))
		wg.Add(1)
		go func(part []T) {
			defer wg.Done()
			acc := zero
			for _, v := range part {
				acc = op(acc, v)
			}
			partial[w] = acc
		}(data[lo:hi])
	}
	wg.Wait()
	result := zero
	for _, p := range partial {
		result = op(result, p)
	}
	return result
}

func Sum[T Number](data []T, workers int) T {
	return ParallelReduce(data, workers, 0, func(a, b T) T { return a + b })
}

type Celsius float64

func main() {
	ints := make([]int, 1_000_000)
	for i := range ints {
		ints[i] = i%1000 - 250
	}
	for _, w := range []int{1, 2, 4, 7, 16} {
		fmt.Printf("int sum with %2d workers: %d\n", w, Sum(ints, w))
	}

	// Floats: exact halves so the result does not depend on grouping.
	temps := make([]Celsius, 4096)
	for i := range temps {
		temps[i] = Celsius(i%8) * 0.5
	}
	total := Sum(temps, 8)
	fmt.Printf("mean temperature: %.3f C\n", float64(total)/float64(len(temps)))

	// Max via the same reducer.
	maxv := ParallelReduce(ints, 5, ints[0], func(a, b int) int { return max(a, b) })
	fmt.Println("max:", maxv)

	// String concatenation is associative but not commutative.
	letters := strings.Split("the quick brown fox jumps over the lazy dog", "")
	joined := ParallelReduce(letters, 6, "", func(a, b string) string { return a + b })
	fmt.Println("concat:", joined)

	// Counting with a struct accumulator.
	type stats struct{ n, pos, neg int }
	wrapped := make([]stats, len(ints))
	for i, v := range ints {
		s := stats{n: 1}
		if v > 0 {
			s.pos = 1
		} else if v < 0 {
			s.neg = 1
		}
		wrapped[i] = s
	}
	st := ParallelReduce(wrapped, 4, stats{}, func(a, b stats) stats {
		return stats{a.n + b.n, a.pos + b.pos, a.neg + b.neg}
	})
	fmt.Printf("n=%d positive=%d negative=%d zero=%d\n", st.n, st.pos, st.neg, st.n-st.pos-st.neg)
}
