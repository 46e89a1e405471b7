package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		for a, b := 0, 1; yield(a); a, b = b, a+b {
		}
	}
}

func Enumerate(words []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i+1, w) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	for n := range Countdown(5) {
		fmt.Print(n, " ")
	}
	fmt.Println("liftoff", slices.Collect(Countdown(3)))

	for f := range Fib() {
		if f > 100 {
			break
		}
		fmt.Print(f, " ")
	}
	fmt.Println()

	for i, w := range Enumerate(strings.Fields("alpha beta gamma")) {
		fmt.Printf("%d:%s ", i, w)
	}
	fmt.Println()

	evens := Filter(Fib(), func(n int) bool { return n%2 == 0 })
	// Fib never ends, so pull exactly as many values as needed.
	next, stop := iter.Pull(evens)
	var got []int
	for len(got) < 6 {
		v, _ := next()
		got = append(got, v)
	}
	stop()
	fmt.Println("even fibs:", got)
	v, ok := next()
	fmt.Println("after stop:", v, ok)
}
