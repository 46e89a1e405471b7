// Handout 2: fan-out / fan-in.
// One generator, several identical stages reading from the same channel
// (fan-out), and a merge function combining their outputs (fan-in).
package main

import (
	"fmt"
	"slices"
	"sync"
)

func generate(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

type pair struct{ in, out int }

func cube(in <-chan int) <-chan pair {
	out := make(chan pair)
	go func() {
		defer close(out)
		for n := range in {
			out <- pair{n, n * n * n}
		}
	}()
	return out
}

func merge[T any](cs ...<-chan T) <-chan T {
	var wg sync.WaitGroup
	out := make(chan T)
	for _, c := range cs {
		wg.Go(func() {
			for v := range c {
				out <- v
			}
		})
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	nums := make([]int, 0, 15)
	for i := 1; i <= 15; i++ {
		nums = append(nums, i)
	}
	src := generate(nums...)

	// Fan out to three workers.
	workers := []<-chan pair{cube(src), cube(src), cube(src)}

	// Fan in and collect.
	var got []pair
	for p := range merge(workers...) {
		got = append(got, p)
	}
	slices.SortFunc(got, func(a, b pair) int { return a.in - b.in })

	sum := 0
	for _, p := range got {
		fmt.Printf("%2d^3 = %4d\n", p.in, p.out)
		sum += p.out
	}
	fmt.Println("received:", len(got), "values")
	fmt.Println("sum of cubes:", sum)
	n := len(nums)
	fmt.Println("formula (n(n+1)/2)^2:", (n*(n+1)/2)*(n*(n+1)/2))
}
