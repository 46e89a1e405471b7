package main

import (
	"fmt"
	"strings"
)

func makeCounter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func makeAdder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		return v
	}, &calls
}

func logged(name string, f func(int) int) func(int) int {
	return func(x int) int {
		r := f(x)
		fmt.Printf("  %s(%d) = %d\n", name, x, r)
		return r
	}
}

func main() {
	// Step 1: a counter closure
	next := makeCounter()
	fmt.Println("step 1:", next(), next(), next())

	// Step 2: counters are independent
	other := makeCounter()
	fmt.Println("step 2:", other(), next())

	// Step 3: closures capturing parameters
	add10 := makeAdder(10)
	add100 := makeAdder(100)
	fmt.Println("step 3:", add10(5), add100(5))

	// Step 4: a generator
	fib := fibGen()
	var fibs []int
	for range 10 {
		fibs = append(fibs, fib())
	}
	fmt.Println("step 4:", fibs)

	// Step 5: closures capture variables, not values
	x := 1
	show := func() int { return x * 10 }
	x = 7
	fmt.Println("step 5:", show())

	// Step 6: each loop iteration has its own variable (Go 1.22+)
	var funcs []func() int
	for i := range 3 {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Println("step 6:", f())
	}

	// Step 7: memoization with a closure
	square, calls := memoize(func(n int) int { return n * n })
	for _, n := range []int{3, 4, 3, 3, 4, 5} {
		square(n)
	}
	fmt.Println("step 7: calls", *calls)

	// Step 8: a closure that modifies an outer slice
	var log []string
	record := func(s string) { log = append(log, strings.ToUpper(s)) }
	record("start")
	record("stop")
	fmt.Println("step 8:", log)

	// Step 9: wrapping functions
	fmt.Println("step 9:")
	double := logged("double", func(n int) int { return 2 * n })
	double(21)
	logged("add10", add10)(double(1))

	// Step 10: a recursive closure needs a var first
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println("step 10:", fact(10))

	// Step 11: immediately invoked function literal
	result := func(a, b int) int { return a*b + 1 }(6, 7)
	fmt.Println("step 11:", result)

	// Step 12: a map of operations
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "mul"} {
		fmt.Println("step 12:", name, ops[name](6, 7))
	}

	// Step 13: a closure-based accumulator
	sum := 0
	acc := func(v int) { sum += v }
	for _, v := range []int{5, 10, 15} {
		acc(v)
	}
	fmt.Println("step 13:", sum)
}
