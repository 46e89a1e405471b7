package main

import (
	"fmt"
	"math/big"
)

func fibNaive(n int, calls *int) int {
	*calls++
	if n < 2 {
		return n
	}
	return fibNaive(n-1, calls) + fibNaive(n-2, calls)
}

func memoize(f func(func(int) uint64, int) uint64) func(int) uint64 {
	cache := map[int]uint64{}
	var g func(int) uint64
	g = func(n int) uint64 {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(g, n)
		cache[n] = v
		return v
	}
	return g
}

func fibGen() func() uint64 {
	a, b := uint64(0), uint64(1)
	return func() uint64 {
		r := a
		a, b = b, a+b
		return r
	}
}

func fibBig(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	for _, n := range []int{5, 10, 20, 25} {
		calls := 0
		v := fibNaive(n, &calls)
		fmt.Printf("naive fib(%d) = %d using %d calls\n", n, v, calls)
	}

	fib := memoize(func(self func(int) uint64, n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		return self(n-1) + self(n-2)
	})
	fmt.Println("memo fib(50) =", fib(50))
	fmt.Println("memo fib(90) =", fib(90))

	next := fibGen()
	seq := make([]uint64, 15)
	for i := range seq {
		seq[i] = next()
	}
	fmt.Println("first 15:", seq)

	var evens []uint64
	for _, v := range seq {
		if v%2 == 0 {
			evens = append(evens, v)
		}
	}
	fmt.Printf("even ones: %v (every third: %t)\n", evens, len(evens) == 5)

	f100 := fibBig(100)
	fmt.Println("fib(100) =", f100)
	fmt.Printf("digits in fib(300): %d\n", len(fibBig(300).String()))

	// golden ratio approximation
	for _, n := range []int{5, 10, 20, 40} {
		r := new(big.Rat).SetFrac(fibBig(n+1), fibBig(n))
		fmt.Printf("F(%d)/F(%d) ~ %s\n", n+1, n, r.FloatString(10))
	}
}
