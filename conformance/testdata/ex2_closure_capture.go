package main

import "fmt"

func makeCounter() (inc func() int, get func() int) {
	count := 0
	inc = func() int {
		count++
		return count
	}
	get = func() int { return count }
	return
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func main() {
	// Go 1.22+: each iteration has its own loop variable
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// same for range loops
	var names []func() string
	for _, s := range []string{"a", "b", "c"} {
		names = append(names, func() string { return s + s })
	}
	for _, f := range names {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// modifying the per-iteration variable in the body carries over to the next iteration
	var seen []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++ // skip odd
		}
		seen = append(seen, func() int { return i })
	}
	for _, f := range seen {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// a variable declared outside the loop is shared by all closures
	shared := 0
	var ss []func() int
	for range 3 {
		shared++
		ss = append(ss, func() int { return shared })
	}
	for _, f := range ss {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// closures sharing state
	inc, get := makeCounter()
	inc()
	inc()
	fmt.Println("counter:", inc(), get())
	inc2, get2 := makeCounter()
	inc2()
	fmt.Println("independent counters:", get(), get2())

	// closure over parameter
	add5 := adder(5)
	add10 := adder(10)
	fmt.Println(add5(1), add10(1), add5(add10(0)))

	// closure modifying captured variable
	total := 0
	accumulate := func(xs ...int) {
		for _, x := range xs {
			total += x
		}
	}
	accumulate(1, 2, 3)
	accumulate(4)
	fmt.Println("total:", total)

	// recursive closure needs a declared variable
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println("fib(15):", fib(15))
}
