package main

import (
	"fmt"
	"math/big"
)

// Memoize wraps a single-argument function with a cache. The returned
// function also reports how many times the underlying function ran.
func Memoize[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := make(map[K]V)
	calls := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				return v
			}
			calls++
			v := f(k)
			cache[k] = v
			return v
		}, func() int {
			return calls
		}
}

type gridKey struct{ r, c int }

func main() {
	// Recursive memoized fibonacci: the closure refers to itself via a variable.
	var fib func(int) *big.Int
	var fibCalls func() int
	fib, fibCalls = Memoize(func(n int) *big.Int {
		if n < 2 {
			return big.NewInt(int64(n))
		}
		return new(big.Int).Add(fib(n-1), fib(n-2))
	})

	for _, n := range []int{10, 50, 90, 120} {
		fmt.Printf("fib(%d) = %s (underlying calls so far: %d)\n", n, fib(n), fibCalls())
	}

	// Count lattice paths in a grid with blocked cells.
	blocked := map[gridKey]bool{{1, 1}: true, {2, 3}: true, {4, 2}: true}
	var paths func(gridKey) int
	var pathCalls func() int
	paths, pathCalls = Memoize(func(k gridKey) int {
		if k.r < 0 || k.c < 0 || blocked[k] {
			return 0
		}
		if k.r == 0 && k.c == 0 {
			return 1
		}
		return paths(gridKey{k.r - 1, k.c}) + paths(gridKey{k.r, k.c - 1})
	})
	for size := 2; size <= 6; size++ {
		target := gridKey{size - 1, size - 1}
		fmt.Printf("paths to %+v: %d\n", target, paths(target))
	}
	fmt.Println("grid calls:", pathCalls())

	// Memoizing a string function and watching hits/misses.
	vowelCount, vcCalls := Memoize(func(s string) int {
		n := 0
		for _, r := range s {
			switch r {
			case 'a', 'e', 'i', 'o', 'u':
				n++
			}
		}
		return n
	})
	words := []string{"closure", "loop", "closure", "iterator", "loop", "closure"}
	for i, w := range words {
		before := vcCalls()
		n := vowelCount(w)
		hit := vcCalls() == before
		fmt.Printf("%d %-9s vowels=%d cached=%t\n", i, w, n, hit)
	}
}
