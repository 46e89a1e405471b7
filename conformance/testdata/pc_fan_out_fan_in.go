// Lecture 7: fan-out to several workers, fan-in with a generic merge.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
)

// source emits the given values and closes its channel.
func source[T any](vals ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, v := range vals {
			out <- v
		}
	}()
	return out
}

// mapStage applies f to each input on its own goroutine.
func mapStage[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

// merge fans in any number of channels into one.
func merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
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

type pair struct {
	N      int
	Digits int
}

func digitSum(n int) pair {
	s := 0
	for m := n; m > 0; m /= 10 {
		s += m % 10
	}
	return pair{n, s}
}

func collectSorted[T any](c <-chan T, less func(a, b T) int) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	slices.SortFunc(out, less)
	return out
}

func main() {
	in := source(12, 345, 6789, 10, 99, 1001, 58, 777, 4096, 31)

	// Fan-out: four workers read from the same input channel.
	var workers []<-chan pair
	for range 4 {
		workers = append(workers, mapStage(in, digitSum))
	}
	res := collectSorted(merge(workers...), func(a, b pair) int { return cmp.Compare(a.N, b.N) })
	for _, p := range res {
		fmt.Printf("%5d -> digit sum %2d\n", p.N, p.Digits)
	}

	// Fan-in of independent sources of strings.
	words := collectSorted(merge(source("gamma", "alpha"), source("delta"), source("beta", "epsilon")), cmp.Compare[string])
	fmt.Printf("%q\n", words)

	total := 0
	for _, p := range res {
		total += p.Digits
	}
	fmt.Println("sum of digit sums:", total)
}
