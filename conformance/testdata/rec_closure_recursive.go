package main

import (
	"fmt"
	"strings"
)

// Memo wraps a recursive definition so that its self-calls are cached.
// The definition receives the memoized function as its first argument.
func Memo[K comparable, V any](def func(self func(K) V, k K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	misses := 0
	var self func(K) V
	self = func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		misses++
		v := def(self, k)
		cache[k] = v
		return v
	}
	return self, func() int { return misses }
}

// Fix ties the knot without memoization.
func Fix[A, R any](def func(self func(A) R, a A) R) func(A) R {
	var f func(A) R
	f = func(a A) R { return def(f, a) }
	return f
}

func main() {
	// Plain recursive closure declared before assignment.
	var fact func(n int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println("10! =", fact(10))

	// Naive Fibonacci with a call counter captured by the closure.
	calls := 0
	var fib func(int) int
	fib = func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	f20 := fib(20)
	fmt.Printf("fib(20)=%d with %d calls\n", f20, calls)

	fastFib, misses := Memo(func(self func(int) int, n int) int {
		if n < 2 {
			return n
		}
		return self(n-1) + self(n-2)
	})
	fmt.Printf("memo fib(90)=%d with %d misses\n", fastFib(90), misses())

	type ack struct{ m, n int }
	ackermann, ackMisses := Memo(func(self func(ack) int, a ack) int {
		switch {
		case a.m == 0:
			return a.n + 1
		case a.n == 0:
			return self(ack{a.m - 1, 1})
		}
		return self(ack{a.m - 1, self(ack{a.m, a.n - 1})})
	})
	for m := 0; m <= 3; m++ {
		var row []string
		for n := 0; n <= 4; n++ {
			row = append(row, fmt.Sprint(ackermann(ack{m, n})))
		}
		fmt.Printf("A(%d, 0..4) = %s\n", m, strings.Join(row, ", "))
	}
	fmt.Println("distinct ackermann states:", ackMisses())

	gcd := Fix(func(self func([2]int) int, p [2]int) int {
		if p[1] == 0 {
			return p[0]
		}
		return self([2]int{p[1], p[0] % p[1]})
	})
	fmt.Println("gcd(1071, 462) =", gcd([2]int{1071, 462}))

	// A closure that builds other closures recursively: compose n copies of f.
	var repeat func(n int, f func(string) string) func(string) string
	repeat = func(n int, f func(string) string) func(string) string {
		if n == 0 {
			return func(s string) string { return s }
		}
		rest := repeat(n-1, f)
		return func(s string) string { return f(rest(s)) }
	}
	wrap := func(s string) string { return "<" + s + ">" }
	for n := range 4 {
		fmt.Printf("repeat(%d, wrap)(%q) = %s\n", n, "go", repeat(n, wrap)("go"))
	}

	// Counting binary strings of length n with no two adjacent 1s.
	noDouble, _ := Memo(func(self func([2]int) int, st [2]int) int {
		n, last := st[0], st[1]
		if n == 0 {
			return 1
		}
		total := self([2]int{n - 1, 0})
		if last == 0 {
			total += self([2]int{n - 1, 1})
		}
		return total
	})
	for _, n := range []int{1, 2, 5, 10, 30} {
		fmt.Printf("length %2d: %d strings without \"11\"\n", n, noDouble([2]int{n, 0}))
	}
}
