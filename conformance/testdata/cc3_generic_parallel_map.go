package main

import (
	"fmt"
	"strings"
	"sync"
)

type Number interface {
	~int | ~int64 | ~float64
}

// ParallelMap applies f to every element using a fixed number of workers.
// Output position i always holds f(xs[i]).
func ParallelMap[T, U any](xs []T, workers int, f func(T) U) []U {
	out := make([]U, len(xs))
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
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

func ParallelFilter[T any](xs []T, workers int, keep func(T) bool) []T {
	flags := ParallelMap(xs, workers, keep)
	var out []T
	for i, ok := range flags {
		if ok {
			out = append(out, xs[i])
		}
	}
	return out
}

// ParallelReduce splits xs into chunks, reduces each chunk concurrently,
// then combines the partial results in chunk order.
func ParallelReduce[T any](xs []T, chunks int, zero T, op func(T, T) T) T {
	partial := make([]T, chunks)
	size := (len(xs) + chunks - 1) / chunks
	var wg sync.WaitGroup
	for c := 0; c < chunks; c++ {
		wg.Go(func() {
			acc := zero
			for i := c * size; i < min((c+1)*size, len(xs)); i++ {
				acc = op(acc, xs[i])
			}
			partial[c] = acc
		})
	}
	wg.Wait()
	acc := zero
	for _, p := range partial {
		acc = op(acc, p)
	}
	return acc
}

func Sum[T Number](xs []T) T {
	return ParallelReduce(xs, 4, 0, func(a, b T) T { return a + b })
}

type Celsius float64

type Student struct {
	Name  string
	Marks []int
}

func (s Student) String() string { return fmt.Sprintf("%s%v", s.Name, s.Marks) }

func main() {
	nums := make([]int, 20)
	for i := range nums {
		nums[i] = i + 1
	}
	cubes := ParallelMap(nums, 3, func(n int) int { return n * n * n })
	fmt.Println("cubes:", cubes)
	fmt.Println("sum of cubes:", Sum(cubes))
	evens := ParallelFilter(cubes, 4, func(n int) bool { return n%2 == 0 })
	fmt.Println("even cubes:", evens)

	words := strings.Fields("lock free data structures are hard to get right")
	lens := ParallelMap(words, 2, func(s string) int { return len(s) })
	upper := ParallelMap(words, 5, strings.ToUpper)
	for i, w := range words {
		fmt.Printf("%-10s %-10s %d\n", w, upper[i], lens[i])
	}
	longest := ParallelReduce(words, 3, "", func(a, b string) string {
		if len(b) > len(a) {
			return b
		}
		return a
	})
	fmt.Printf("longest word: %q\n", longest)
	fmt.Println("concatenated:", ParallelReduce(words, 4, "", func(a, b string) string { return a + b }))

	temps := []Celsius{12.5, 17.25, 21, 19.75, 8.5, 30}
	fahr := ParallelMap(temps, 2, func(c Celsius) float64 { return float64(c)*9/5 + 32 })
	fmt.Printf("fahrenheit: %.2f\n", fahr)
	fmt.Printf("celsius total: %.2f\n", Sum(temps))

	students := []Student{
		{"ana", []int{90, 85, 77}}, {"ben", []int{60, 70}}, {"cai", []int{100}},
		{"dan", []int{40, 55, 61, 72}}, {"eva", nil},
	}
	avgs := ParallelMap(students, 3, func(s Student) string {
		if len(s.Marks) == 0 {
			return s.Name + ": no marks"
		}
		return fmt.Sprintf("%s: %.2f", s.Name, float64(Sum(s.Marks))/float64(len(s.Marks)))
	})
	for _, a := range avgs {
		fmt.Println(a)
	}
	passed := ParallelFilter(students, 2, func(s Student) bool {
		return len(s.Marks) > 0 && Sum(s.Marks) >= 60*len(s.Marks)
	})
	fmt.Println("passed:", passed)
}
