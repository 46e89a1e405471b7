// Go by Example: Closures
package main

import (
	"fmt"
	"strings"
)

// intSeq returns another function, defined anonymously in
// its body. The returned function closes over the variable i.
func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

// adder returns a closure that accumulates a running sum.
func adder(start int) func(int) int {
	sum := start
	return func(x int) int {
		sum += x
		return sum
	}
}

// counterPair shares one captured variable between two closures.
func counterPair() (inc func(), get func() int) {
	n := 0
	inc = func() { n++ }
	get = func() int { return n }
	return
}

func main() {
	nextInt := intSeq()
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	fmt.Println(nextInt())

	// A fresh closure has its own state.
	newInts := intSeq()
	fmt.Println(newInts())

	acc := adder(10)
	for _, v := range []int{1, 2, 3, 4} {
		fmt.Println("running sum:", acc(v))
	}

	inc, get := counterPair()
	inc()
	inc()
	inc()
	fmt.Println("shared counter:", get())

	// Since Go 1.22 each loop iteration has its own variable,
	// so every closure sees a different value.
	var funcs []func() string
	for i := range 3 {
		funcs = append(funcs, func() string { return fmt.Sprint("iter ", i) })
	}
	for _, f := range funcs {
		fmt.Println(f())
	}

	// Closures are handy as arguments, too.
	prefix := ">> "
	lines := []string{"alpha", "beta"}
	mapped := apply(lines, func(s string) string { return prefix + strings.ToUpper(s) })
	fmt.Println(mapped)

	// A recursive anonymous function must be declared first.
	var fact func(n int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println("fact(6) =", fact(6))
}

func apply(xs []string, f func(string) string) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}
