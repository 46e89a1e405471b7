package main

import (
	"fmt"
	"strings"
)

// Generate is the first stage: it emits values from a slice.
func Generate[T any](items ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, it := range items {
			out <- it
		}
	}()
	return out
}

// Map is a generic middle stage that applies f to every element.
func Map[In, Out any](in <-chan In, f func(In) Out) <-chan Out {
	out := make(chan Out)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

// Filter keeps only values satisfying keep.
func Filter[T any](in <-chan T, keep func(T) bool) <-chan T {
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

// Collect is the sink: it drains a channel into a slice.
func Collect[T any](in <-chan T) []T {
	var s []T
	for v := range in {
		s = append(s, v)
	}
	return s
}

// Point is a Stringer carried through the pipeline.
type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	fmt.Println("== Three stages: generate -> square -> format ==")
	nums := Generate(1, 2, 3, 4, 5, 6)
	squares := Map(nums, func(n int) int { return n * n })
	labels := Map(squares, func(n int) string { return fmt.Sprintf("sq=%d", n) })
	fmt.Println(strings.Join(Collect(labels), " "))

	fmt.Println()
	fmt.Println("== Changing types between stages ==")
	words := Generate("pipe", "line", "stage", "go")
	lengths := Map(words, func(w string) Point { return Point{X: len(w), Y: strings.Count(w, "e")} })
	long := Filter(lengths, func(p Point) bool { return p.X >= 4 })
	fmt.Println(Collect(long))

	fmt.Println()
	fmt.Println("== Why the order is stable ==")
	fmt.Println("one goroutine per stage and FIFO channels preserve input order")
}
