package main

import (
	"fmt"
	"math"
	"strings"
)

// sieve returns isComposite flags for 0..n using the sieve of Eratosthenes.
func sieve(n int) []bool {
	composite := make([]bool, n+1)
	composite[0], composite[1] = true, true
	for p := 2; p*p <= n; p++ {
		if composite[p] {
			continue
		}
		for m := p * p; m <= n; m += p {
			composite[m] = true
		}
	}
	return composite
}

func primesUpTo(n int) []int {
	c := sieve(n)
	var ps []int
	for i, comp := range c {
		if !comp {
			ps = append(ps, i)
		}
	}
	return ps
}

func factorize(n int, primes []int) string {
	var parts []string
	for _, p := range primes {
		if p*p > n {
			break
		}
		e := 0
		for n%p == 0 {
			n /= p
			e++
		}
		switch {
		case e == 1:
			parts = append(parts, fmt.Sprint(p))
		case e > 1:
			parts = append(parts, fmt.Sprintf("%d^%d", p, e))
		}
	}
	if n > 1 {
		parts = append(parts, fmt.Sprint(n))
	}
	return strings.Join(parts, " * ")
}

func main() {
	const limit = 100000
	primes := primesUpTo(limit)
	isComposite := sieve(limit)

	fmt.Println("first 40 primes:")
	for i := 0; i < 40; i += 10 {
		for _, p := range primes[i : i+10] {
			fmt.Printf("%5d", p)
		}
		fmt.Println()
	}

	fmt.Println("\n       x    pi(x)   x/ln x   ratio    li-approx")
	idx := 0
	for x := 10; x <= limit; x *= 10 {
		for idx < len(primes) && primes[idx] <= x {
			idx++
		}
		fx := float64(x)
		approx := fx / math.Log(fx)
		li := fx / (math.Log(fx) - 1)
		fmt.Printf("%8d %8d %8.1f %7.4f %10.1f\n", x, idx, approx, float64(idx)/approx, li)
	}

	twins, maxGap, gapAt := 0, 0, 0
	for i := 1; i < len(primes); i++ {
		g := primes[i] - primes[i-1]
		if g == 2 {
			twins++
		}
		if g > maxGap {
			maxGap, gapAt = g, primes[i-1]
		}
	}
	fmt.Printf("\ntwin prime pairs below %d: %d\n", limit, twins)
	fmt.Printf("largest gap: %d after %d\n", maxGap, gapAt)

	fmt.Println("Goldbach partitions (number of ways p+q, p<=q):")
	for _, n := range []int{10, 28, 100, 1000, 10000} {
		ways, first := 0, 0
		for _, p := range primes {
			if p > n/2 {
				break
			}
			if !isComposite[n-p] {
				if ways == 0 {
					first = p
				}
				ways++
			}
		}
		fmt.Printf("  %5d: %3d ways, e.g. %d + %d\n", n, ways, first, n-first)
	}

	fmt.Println("factorizations:")
	for _, n := range []int{360, 1001, 65536, 99991, 2 * 3 * 5 * 7 * 11 * 13, 97 * 89} {
		fmt.Printf("  %6d = %s\n", n, factorize(n, primes))
	}

	// Mersenne numbers 2^p - 1 that are prime, for p below 20.
	var mersenne []string
	for _, p := range primes {
		if p >= 20 {
			break
		}
		m := 1<<p - 1
		if m <= limit && !isComposite[m] || m > limit && factorize(m, primes) == fmt.Sprint(m) {
			mersenne = append(mersenne, fmt.Sprintf("2^%d-1=%d", p, m))
		}
	}
	fmt.Println("Mersenne primes:", strings.Join(mersenne, ", "))
}
