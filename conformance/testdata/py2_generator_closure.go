package main

import (
	"fmt"
	"iter"
	"strings"
)

// def count(start, step): while True: yield start; start += step
func count(start, step int) func() int {
	n := start - step
	return func() int {
		n += step
		return n
	}
}

// generator with exhaustion signalled by a second return (like StopIteration)
func rangeGen(lo, hi int) func() (int, bool) {
	i := lo
	return func() (int, bool) {
		if i >= hi {
			return 0, false
		}
		i++
		return i - 1, true
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

// Go 1.23 iterators are the closest thing to `yield`
func evens(limit int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < limit; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func enumerateWords(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range strings.Fields(s) {
			if !yield(i, w) {
				return
			}
		}
	}
}

// itertools.islice for closures
func take(next func() int, n int) []int {
	out := make([]int, 0, n)
	for range n {
		out = append(out, next())
	}
	return out
}

func main() {
	c := count(10, 5)
	fmt.Println(c(), c(), c())
	fmt.Println("fib:", take(fibGen(), 12))

	next := rangeGen(3, 7)
	for {
		v, ok := next()
		if !ok {
			fmt.Println("StopIteration")
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := next()
	fmt.Println("still exhausted:", !ok)

	for v := range evens(10) {
		fmt.Print(v, ";")
	}
	fmt.Println()
	// break early: generator stops cleanly
	for v := range evens(1000) {
		if v > 6 {
			break
		}
		fmt.Print("[", v, "]")
	}
	fmt.Println()
	for i, w := range enumerateWords("generators are lazy sequences") {
		fmt.Printf("%d=%s ", i, w)
	}
	fmt.Println()

	// generator expression: sum(x*x for x in evens(10))
	total := 0
	for x := range evens(10) {
		total += x * x
	}
	fmt.Println("sum of squares:", total)

	// two independent generators keep separate state
	f1, f2 := fibGen(), fibGen()
	f1()
	f1()
	fmt.Println(f1(), f2())
}
