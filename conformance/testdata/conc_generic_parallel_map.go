package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// ParallelMap applies f to every element using at most `workers` goroutines,
// preserving the input order in the output.
func ParallelMap[T, U any](in []T, workers int, f func(T) U) []U {
	out := make([]U, len(in))
	idx := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range idx {
				out[i] = f(in[i])
			}
		})
	}
	for i := range in {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

// ParallelReduce splits the slice into chunks, reduces each concurrently,
// then combines the partial results in order.
func ParallelReduce[T any](in []T, chunks int, zero T, op func(T, T) T) T {
	partial := make([]T, chunks)
	size := (len(in) + chunks - 1) / chunks
	var wg sync.WaitGroup
	for c := range chunks {
		wg.Go(func() {
			acc := zero
			for i := c * size; i < min((c+1)*size, len(in)); i++ {
				acc = op(acc, in[i])
			}
			partial[c] = acc
		})
	}
	wg.Wait()
	result := zero
	for _, p := range partial {
		result = op(result, p)
	}
	return result
}

type Point struct{ X, Y int }

func (p Point) String() string { return "(" + strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y) + ")" }

func main() {
	nums := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
	doubled := ParallelMap(nums, 3, func(n int) int { return n * 2 })
	fmt.Println("doubled:", doubled)

	labels := ParallelMap(nums, 4, func(n int) string { return strings.Repeat("*", n) })
	fmt.Printf("labels: %q\n", labels[:4])

	points := ParallelMap(nums, 2, func(n int) Point { return Point{n, n * n} })
	fmt.Println("points:", points)

	sum := ParallelReduce(nums, 4, 0, func(a, b int) int { return a + b })
	fmt.Println("sum:", sum)

	longest := ParallelReduce(labels, 3, "", func(a, b string) string {
		if len(b) > len(a) {
			return b
		}
		return a
	})
	fmt.Println("longest label:", longest, len(longest))

	empty := ParallelMap([]float64{}, 2, func(f float64) float64 { return f / 2 })
	fmt.Println("empty:", empty, len(empty))
}
