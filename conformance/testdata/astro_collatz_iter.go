package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// Collatz yields the hailstone sequence starting at n and ending at 1.
func Collatz(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for {
			if !yield(n) || n == 1 {
				return
			}
			if n%2 == 0 {
				n /= 2
			} else {
				n = 3*n + 1
			}
		}
	}
}

// Primes yields primes forever using trial division by earlier primes.
func Primes() iter.Seq[int] {
	return func(yield func(int) bool) {
		var found []int
		for n := 2; ; n++ {
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				if !yield(n) {
					return
				}
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) []T {
	var out []T
	for v := range seq {
		if len(out) == n {
			break
		}
		out = append(out, v)
	}
	return out
}

func Count[T any](seq iter.Seq[T]) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

func join(xs []int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = strconv.Itoa(x)
	}
	return strings.Join(parts, " ")
}

func main() {
	fmt.Println("collatz(27) begins:", join(Take(Collatz(27), 15)))
	fmt.Println("collatz(27) length:", Count(Collatz(27)))
	fmt.Println("collatz(27) peak:", slices.Max(slices.Collect(Collatz(27))))

	bestStart, bestLen := 1, 1
	for n := 1; n < 10000; n++ {
		if l := Count(Collatz(n)); l > bestLen {
			bestStart, bestLen = n, l
		}
	}
	fmt.Printf("longest below 10000: start %d, %d terms\n", bestStart, bestLen)

	fmt.Println("first 20 primes:", join(Take(Primes(), 20)))

	// Goldbach: write even numbers as the sum of two primes.
	small := Take(Primes(), 200)
	for _, even := range []int{4, 28, 100, 998} {
		for _, p := range small {
			if _, ok := slices.BinarySearch(small, even-p); ok {
				fmt.Printf("%d = %d + %d\n", even, p, even-p)
				break
			}
		}
	}

	// Prime gaps among the first 200 primes.
	gaps := map[int]int{}
	for i := 1; i < len(small); i++ {
		gaps[small[i]-small[i-1]]++
	}
	for _, k := range slices.Sorted(maps.Keys(gaps)) {
		fmt.Printf("gap %2d occurs %2d times\n", k, gaps[k])
	}
}
