// Exercise 12: a parallel sum where each worker writes its own partial result.
package main

import (
	"fmt"
	"sync"
)

type Span struct{ Lo, Hi int } // half-open [Lo, Hi)

func split(n, parts int) []Span {
	spans := make([]Span, parts)
	size, extra := n/parts, n%parts
	lo := 0
	for i := range spans {
		hi := lo + size
		if i < extra {
			hi++
		}
		spans[i] = Span{lo, hi}
		lo = hi
	}
	return spans
}

type Number interface{ ~int | ~int64 | ~float64 }

func parallelSum[T Number](data []T, workers int) (T, []T) {
	spans := split(len(data), workers)
	partials := make([]T, workers)
	var wg sync.WaitGroup
	for id, sp := range spans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var local T
			for _, v := range data[sp.Lo:sp.Hi] {
				local += v
			}
			partials[id] = local // one write, no sharing
		}()
	}
	wg.Wait()
	var total T
	for _, p := range partials {
		total += p
	}
	return total, partials
}

func main() {
	const n = 100_000
	squares := make([]int64, n)
	for i := range squares {
		x := int64(i + 1)
		squares[i] = x * x
	}
	spans := split(n, 6)
	total, partials := parallelSum(squares, 6)
	for id, p := range partials {
		fmt.Printf("worker %d sums [%6d,%6d): %d\n", id, spans[id].Lo, spans[id].Hi, p)
	}
	formula := int64(n) * (n + 1) * (2*n + 1) / 6
	fmt.Printf("total=%d formula=%d equal=%v\n", total, formula, total == formula)

	harmonic := make([]float64, 5000)
	for i := range harmonic {
		harmonic[i] = 1 / float64(i+1)
	}
	for _, w := range []int{1, 2, 4, 7} {
		h, parts := parallelSum(harmonic, w)
		fmt.Printf("harmonic H(5000) with %d workers: %.10f (%d partials)\n", w, h, len(parts))
	}

	small := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	for _, w := range []int{1, 3, 11} {
		s, parts := parallelSum(small, w)
		fmt.Printf("small slice, %2d workers: sum=%d partials=%v\n", w, s, parts)
	}
}
