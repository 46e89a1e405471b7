package main

import (
	"fmt"
	"strings"
)

func sieve(limit int) []int {
	composite := make([]bool, limit+1)
	var primes []int
	for i := 2; i <= limit; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= limit; j += i {
			composite[j] = true
		}
	}
	return primes
}

func factorize(n int) map[int]int {
	factors := make(map[int]int)
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			factors[p]++
			n /= p
		}
	}
	if n > 1 {
		factors[n]++
	}
	return factors
}

func formatFactors(n int) string {
	f := factorize(n)
	var parts []string
	for p := 2; p <= n; p++ {
		if e, ok := f[p]; ok {
			if e == 1 {
				parts = append(parts, fmt.Sprint(p))
			} else {
				parts = append(parts, fmt.Sprintf("%d^%d", p, e))
			}
		}
	}
	return strings.Join(parts, " * ")
}

func main() {
	primes := sieve(1000)
	fmt.Println("number of primes below 1000:", len(primes))
	fmt.Println("first 15:", primes[:15])
	fmt.Println("last 5:", primes[len(primes)-5:])

	gapCount := make(map[int]int)
	maxGap, maxAt := 0, 0
	twins := 0
	for i := 1; i < len(primes); i++ {
		g := primes[i] - primes[i-1]
		gapCount[g]++
		if g > maxGap {
			maxGap, maxAt = g, primes[i-1]
		}
		if g == 2 {
			twins++
		}
	}
	fmt.Printf("twin prime pairs: %d\n", twins)
	fmt.Printf("largest gap: %d after %d\n", maxGap, maxAt)
	for g := 1; g <= maxGap; g++ {
		if c, ok := gapCount[g]; ok {
			fmt.Printf("gap %2d: %3d %s\n", g, c, strings.Repeat("#", (c+4)/5))
		}
	}

	for _, n := range []int{360, 1001, 9973, 65536, 123456} {
		fmt.Printf("%6d = %s\n", n, formatFactors(n))
	}
}
