package main

import (
	"fmt"
	"strings"
)

// Small generic helpers for building channel pipelines.

func FromSlice[T any](xs []T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, x := range xs {
			out <- x
		}
	}()
	return out
}

func Map[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

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

func Batch[T any](in <-chan T, size int) <-chan []T {
	out := make(chan []T)
	go func() {
		defer close(out)
		var buf []T
		for v := range in {
			buf = append(buf, v)
			if len(buf) == size {
				out <- buf
				buf = nil
			}
		}
		if len(buf) > 0 {
			out <- buf
		}
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var xs []T
	for v := range in {
		xs = append(xs, v)
	}
	return xs
}

func Reduce[T, A any](in <-chan T, init A, f func(A, T) A) A {
	acc := init
	for v := range in {
		acc = f(acc, v)
	}
	return acc
}

type Item struct {
	Name  string
	Price float64
}

func main() {
	nums := make([]int, 25)
	for i := range nums {
		nums[i] = i + 1
	}

	evens := Filter(FromSlice(nums), func(n int) bool { return n%2 == 0 })
	halves := Map(evens, func(n int) float64 { return float64(n) / 4 })
	for b := range Batch(halves, 4) {
		fmt.Printf("batch: %v\n", b)
	}

	words := Collect(Map(FromSlice([]string{"fan", "in", "fan", "out"}), strings.ToUpper))
	fmt.Println("words:", strings.Join(words, "-"))

	items := []Item{{"cpu", 310.5}, {"ram", 89.99}, {"ssd", 120}, {"fan", 15.25}, {"psu", 99}}
	pricey := Filter(FromSlice(items), func(it Item) bool { return it.Price >= 90 })
	total := Reduce(pricey, 0.0, func(acc float64, it Item) float64 { return acc + it.Price })
	fmt.Printf("total of items >= 90: %.2f\n", total)

	names := Reduce(FromSlice(items), "", func(acc string, it Item) string {
		if acc != "" {
			acc += ","
		}
		return acc + it.Name
	})
	fmt.Printf("all names: %s\n", names)

	count := Reduce(Filter(FromSlice(nums), func(n int) bool { return n%3 == 0 }), 0,
		func(c, _ int) int { return c + 1 })
	fmt.Printf("multiples of 3 in 1..25: %d\n", count)
}
