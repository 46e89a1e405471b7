// Lab 17: a generic parallel map that preserves input order. Workers pull
// indices from a channel and write into their own slot of the result.
package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

func ParallelMap[T, U any](xs []T, workers int, f func(T) U) []U {
	out := make([]U, len(xs))
	idx := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range idx {
				out[i] = f(xs[i])
			}
		})
	}
	for i := range xs {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

// ParallelMapErr runs every item and reports the error with the lowest
// index, which does not depend on scheduling.
func ParallelMapErr[T, U any](xs []T, workers int, f func(T) (U, error)) ([]U, error) {
	type res struct {
		v   U
		err error
	}
	rs := ParallelMap(xs, workers, func(x T) res {
		v, err := f(x)
		return res{v, err}
	})
	out := make([]U, len(xs))
	for i, r := range rs {
		if r.err != nil {
			return nil, fmt.Errorf("item %d: %w", i, r.err)
		}
		out[i] = r.v
	}
	return out, nil
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	squares := ParallelMap([]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 3, func(x int) int { return x * x })
	fmt.Println(squares)

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	var calls atomic.Int32
	upper := ParallelMap(words, 4, func(s string) string {
		calls.Add(1)
		return strings.ToUpper(s[:1]) + s[1:]
	})
	fmt.Println(strings.Join(upper, " "), "calls:", calls.Load())

	temps := ParallelMap([]float64{32, 212, 98.6, -40}, 2, func(f float64) Celsius {
		return Celsius((f - 32) * 5 / 9)
	})
	fmt.Println(temps)

	_, err := ParallelMapErr([]int{4, 0, 2, 0}, 2, func(x int) (int, error) {
		if x == 0 {
			return 0, fmt.Errorf("division by zero")
		}
		return 100 / x, nil
	})
	fmt.Println("error:", err)
	ok, err := ParallelMapErr([]int{4, 5, 2}, 2, func(x int) (int, error) { return 100 / x, nil })
	fmt.Println("ok:", ok, err)
}
