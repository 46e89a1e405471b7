package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// Enumerate yields index/value pairs of a slice
func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

// Fib yields an unbounded Fibonacci sequence with positions
func Fib() iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i, a, b := 0, 0, 1; yield(i, a); i++ {
			a, b = b, a+b
		}
	}
}

// Words yields word and its byte offset
func Words(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		start := -1
		for i := 0; i <= len(s); i++ {
			if i == len(s) || s[i] == ' ' {
				if start >= 0 {
					if !yield(start, s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
		}
	}
}

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				fmt.Println("  (countdown stopped at", i, ")")
				return
			}
		}
	}
}

func main() {
	for i, s := range Enumerate([]string{"x", "y", "z"}) {
		fmt.Println(i, s)
	}

	// break stops the infinite iterator
	for i, f := range Fib() {
		if f > 100 {
			fmt.Println("first fib > 100 at index", i, "value", f)
			break
		}
	}

	for off, w := range Words("  the quick  brown fox ") {
		if w == "fox" {
			continue
		}
		fmt.Printf("%2d %s\n", off, w)
	}

	for n := range Countdown(5) {
		fmt.Println("tick", n)
		if n == 3 {
			break
		}
	}

	// standard library iterators
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Sorted(maps.Values(m)))
	fmt.Println(slices.Collect(maps.Values(map[int]int{1: 10})))

	// pull-style iteration
	next, stop := iter.Pull2(Enumerate(strings.Fields("alpha beta gamma")))
	defer stop()
	for i, v, ok := next(); ok; i, v, ok = next() {
		fmt.Println("pulled", i, v)
	}
}
