// Week 8 assignment: closures - counters, generators and memoization.
package main

import (
	"fmt"
	"strings"
)

// makeCounter returns a function that increments private state.
func makeCounter(start, step int) func() int {
	n := start
	return func() int {
		n += step
		return n
	}
}

// fibGen returns a generator that yields Fibonacci numbers.
func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

// memoize wraps a function of int with a cache and reports hits.
func memoize(f func(int) int) (wrapped func(int) int, stats func() (hits, misses int)) {
	cache := map[int]int{}
	var h, m int
	wrapped = func(x int) int {
		if v, ok := cache[x]; ok {
			h++
			return v
		}
		m++
		v := f(x)
		cache[x] = v
		return v
	}
	stats = func() (int, int) { return h, m }
	return
}

// slowSquare pretends to be expensive.
func slowSquare(x int) int {
	total := 0
	for i := 0; i < x; i++ {
		total += x
	}
	return total
}

// makeAccumulators shares one variable between two closures.
func makeAccumulators() (add func(string), get func() string) {
	var parts []string
	add = func(s string) { parts = append(parts, s) }
	get = func() string { return strings.Join(parts, "+") }
	return
}

func main() {
	c1 := makeCounter(0, 1)
	c2 := makeCounter(100, -10)
	for i := 0; i < 3; i++ {
		fmt.Printf("c1=%d c2=%d\n", c1(), c2())
	}

	next := fibGen()
	var fibs []int
	for i := 0; i < 12; i++ {
		fibs = append(fibs, next())
	}
	fmt.Println("fib generator:", fibs)

	sq, stats := memoize(slowSquare)
	for _, x := range []int{4, 9, 4, 12, 9, 4} {
		fmt.Printf("sq(%d)=%d ", x, sq(x))
	}
	fmt.Println()
	h, m := stats()
	fmt.Printf("hits=%d misses=%d\n", h, m)

	add, get := makeAccumulators()
	for _, w := range []string{"go", "is", "fun"} {
		add(w)
	}
	fmt.Printf("accumulated: %q\n", get())

	// Closures capturing the loop variable (per-iteration since Go 1.22).
	var funcs []func() string
	for i, name := range []string{"ann", "bob", "cat"} {
		funcs = append(funcs, func() string { return fmt.Sprintf("%d:%s", i, name) })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Printf("\ntype of counter: %T\n", c1)
}
