// Chapter: range over integers and over functions.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

// Countdown is a hand-written iter.Seq.
func Countdown(from int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := from; i >= 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

// Enumerate is an iter.Seq2 over index/value pairs.
func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
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

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for yield(a) {
			a, b = b, a+b
		}
	}
}

func main() {
	// Range over an integer.
	for i := range 3 {
		fmt.Print(i, " ")
	}
	var n8 int8 = 4
	for i := range n8 {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()

	fmt.Println(slices.Collect(Countdown(5)))

	// break stops the iterator: yield returns false.
	for v := range Fib() {
		if v > 100 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		fmt.Printf("%d=%s ", i, s)
	}
	fmt.Println()

	evens := Filter(Countdown(10), func(n int) bool { return n%2 == 0 })
	fmt.Println(slices.Collect(evens))

	// Standard library iterators.
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Collect(maps.Values(map[int]int{1: 7})))
	for i, v := range slices.Backward([]string{"p", "q", "r"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()

	// defer inside a range-over-func body runs when the enclosing function returns.
	func() {
		for v := range Countdown(2) {
			defer fmt.Print("deferred ", v, "; ")
		}
		fmt.Print("loop finished; ")
	}()
	fmt.Println()
}
