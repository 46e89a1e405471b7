package main

import (
	"fmt"
	"strings"
	"sync"
)

// ParallelMap applies f to every element using at most workers goroutines,
// keeping the output in input order.
func ParallelMap[T, U any](in []T, workers int, f func(T) U) []U {
	out := make([]U, len(in))
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

// ParallelReduce folds each chunk concurrently and then combines the partials.
func ParallelReduce[T any](in []T, parts int, zero T, op func(T, T) T) T {
	if len(in) == 0 {
		return zero
	}
	size := (len(in) + parts - 1) / parts
	var partials []T
	var mu sync.Mutex
	var wg sync.WaitGroup
	order := map[int]T{}
	for start := 0; start < len(in); start += size {
		end := min(start+size, len(in))
		wg.Add(1)
		go func() {
			defer wg.Done()
			acc := zero
			for _, v := range in[start:end] {
				acc = op(acc, v)
			}
			mu.Lock()
			order[start] = acc
			mu.Unlock()
		}()
	}
	wg.Wait()
	for start := 0; start < len(in); start += size {
		partials = append(partials, order[start])
	}
	acc := zero
	for _, p := range partials {
		acc = op(acc, p)
	}
	return acc
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	words := []string{"goroutine", "channel", "mutex", "select", "waitgroup", "atomic"}
	upper := ParallelMap(words, 3, strings.ToUpper)
	lengths := ParallelMap(words, 2, func(s string) int { return len(s) })
	fmt.Println(upper)
	fmt.Println(lengths)

	nums := make([]int, 20)
	for i := range nums {
		nums[i] = i + 1
	}
	cubes := ParallelMap(nums, 4, func(n int) int { return n * n * n })
	fmt.Println("cubes:", cubes[:8], "...")
	fmt.Println("sum of cubes:", ParallelReduce(cubes, 4, 0, func(a, b int) int { return a + b }))

	pts := ParallelMap(nums[:5], 2, func(n int) Point { return Point{n, n * n} })
	fmt.Println("points:", pts)
	joined := ParallelReduce(words, 3, "", func(a, b string) string {
		if a == "" {
			return b
		}
		return a + "+" + b
	})
	fmt.Println("joined:", joined)
	fmt.Printf("empty reduce: %q\n", ParallelReduce([]string{}, 2, "none", func(a, b string) string { return a + b }))
}
