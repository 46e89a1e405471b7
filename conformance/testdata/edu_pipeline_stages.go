// Lecture 11: pipelines.
//
// Each stage is a goroutine that reads from an inbound channel and writes to
// an outbound one, closing its output when its input is exhausted. A linear
// pipeline of single goroutines preserves order. A fan-out stage (several
// goroutines reading one channel) does not, so after fan-in we sort.
package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Stage is a generic pipeline stage.
type Stage[In, Out any] func(<-chan In) <-chan Out

func source[T any](items ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, it := range items {
			out <- it
		}
	}()
	return out
}

// mapStage lifts an ordinary function into a one-goroutine stage.
func mapStage[In, Out any](f func(In) Out) Stage[In, Out] {
	return func(in <-chan In) <-chan Out {
		out := make(chan Out)
		go func() {
			defer close(out)
			for v := range in {
				out <- f(v)
			}
		}()
		return out
	}
}

func filterStage[T any](keep func(T) bool) Stage[T, T] {
	return func(in <-chan T) <-chan T {
		out := make(chan T)
		go func() {
			defer close(out)
			for v := range in {
				if keep(v) {
					out <- v
				}
			}
		}()
		return out
	}
}

// fanOut runs n copies of a stage on one input and merges (fans in) outputs.
func fanOut[In, Out any](n int, st Stage[In, Out], in <-chan In) <-chan Out {
	merged := make(chan Out)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		c := st(in)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				merged <- v
			}
		}()
	}
	go func() { wg.Wait(); close(merged) }()
	return merged
}

func main() {
	// Ordered text pipeline: trim -> lower -> annotate.
	lines := source("  Fork ", "JOIN", " Map  ", "Reduce", "  Scan", "Gather ")
	trimmed := mapStage(strings.TrimSpace)(lines)
	lowered := mapStage(strings.ToLower)(trimmed)
	annotated := mapStage(func(s string) string { return fmt.Sprintf("%-7s len=%d", s, len(s)) })(lowered)
	fmt.Println("ordered pipeline:")
	for s := range annotated {
		fmt.Println(" ", s)
	}

	// Numeric pipeline with a fan-out stage in the middle.
	nums := make([]int, 30)
	for i := range nums {
		nums[i] = i + 1
	}
	squares := fanOut(3, mapStage(func(n int) int { return n * n }), source(nums...))
	odd := filterStage(func(n int) bool { return n%2 == 1 })(squares)

	var got []int
	for v := range odd {
		got = append(got, v)
	}
	slices.Sort(got) // fan-in order depends on scheduling
	sum := 0
	for _, v := range got {
		sum += v
	}
	fmt.Println("odd squares (sorted after fan-in):", got)
	fmt.Println("count:", len(got), "sum:", sum)
}
