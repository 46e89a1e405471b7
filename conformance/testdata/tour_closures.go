// Chapter: closures.
package main

import "fmt"

func counter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		fmt.Printf("  computed f(%d) (call #%d)\n", n, calls)
		return v
	}
}

func main() {
	inc, get := counter()
	inc()
	inc()
	fmt.Println("counter:", inc(), get())
	inc2, get2 := counter() // independent state
	inc2()
	fmt.Println("independent:", get(), get2())

	fib := fibGen()
	for range 10 {
		fmt.Print(fib(), " ")
	}
	fmt.Println()

	acc := adder(100)
	fmt.Println(acc(1), acc(10), acc(100))

	square := memo(func(n int) int { return n * n })
	fmt.Println(square(4), square(4), square(5))

	// Go 1.22+: each iteration has its own loop variable.
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var printers []func() string
	for _, name := range []string{"x", "y", "z"} {
		printers = append(printers, func() string { return name })
	}
	for _, p := range printers {
		fmt.Print(p())
	}
	fmt.Println()

	// A closure shares the variable, not a copy of its value.
	shared := 1
	show := func() { fmt.Println("shared is", shared) }
	shared = 2
	show()

	// Recursive closure needs a prior declaration.
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println("10! =", fact(10))
}
