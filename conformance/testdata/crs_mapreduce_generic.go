// Lecture 15: generic parallel Map, Filter and Reduce.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

// ParallelMap applies f to every element using up to `workers` goroutines.
// Output order matches input order because each goroutine writes its own index.
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

// ParallelReduce splits the input into chunks, reduces each in parallel and
// then combines the partial results in chunk order (op must be associative).
func ParallelReduce[T any](in []T, chunks int, zero T, op func(T, T) T) T {
	partial := make([]T, chunks)
	size := (len(in) + chunks - 1) / chunks
	var wg sync.WaitGroup
	for c := range chunks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acc := zero
			lo, hi := min(c*size, len(in)), min((c+1)*size, len(in))
			for _, v := range in[lo:hi] {
				acc = op(acc, v)
			}
			partial[c] = acc
		}()
	}
	wg.Wait()
	acc := zero
	for _, p := range partial {
		acc = op(acc, p)
	}
	return acc
}

type Student struct {
	Name   string
	Grades []int
}

func main() {
	nums := make([]int, 100)
	for i := range nums {
		nums[i] = i + 1
	}
	squares := ParallelMap(nums, 4, func(n int) int { return n * n })
	fmt.Println("first squares:", squares[:6])
	fmt.Println("sum of squares:", ParallelReduce(squares, 7, 0, func(a, b int) int { return a + b }))
	fmt.Println("max:", ParallelReduce(nums, 3, 0, func(a, b int) int { return max(a, b) }))

	// String concatenation is associative but not commutative: order matters.
	letters := strings.Split("concurrency", "")
	fmt.Printf("concat: %q\n", ParallelReduce(letters, 4, "", func(a, b string) string { return a + b }))

	students := []Student{
		{"ana", []int{90, 85, 77}},
		{"bo", []int{60, 72, 81, 90}},
		{"cy", []int{100}},
		{"dee", []int{55, 65}},
	}
	avgs := ParallelMap(students, 2, func(s Student) float64 {
		sum := 0
		for _, g := range s.Grades {
			sum += g
		}
		return float64(sum) / float64(len(s.Grades))
	})
	byName := map[string]float64{}
	for i, s := range students {
		byName[s.Name] = avgs[i]
	}
	for _, name := range slices.Sorted(maps.Keys(byName)) {
		fmt.Printf("%-4s avg %6.2f\n", name, byName[name])
	}

	// Word histogram: map each line to a local map, then merge (reduce).
	lines := []string{"a b a", "b c", "c c a", "d"}
	local := ParallelMap(lines, 3, func(l string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.Fields(l) {
			m[w]++
		}
		return m
	})
	merged := ParallelReduce(local, 2, map[string]int(nil), func(a, b map[string]int) map[string]int {
		out := maps.Clone(a)
		if out == nil {
			out = map[string]int{}
		}
		for k, v := range b {
			out[k] += v
		}
		return out
	})
	fmt.Println("histogram:", merged)
}
