package main

import (
	"fmt"
	"math"
)

// SimpleSieve returns all primes <= n.
func SimpleSieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

// Segment returns the primes in [lo, hi] using base primes up to sqrt(hi).
func Segment(lo, hi int) []int {
	if lo < 2 {
		lo = 2
	}
	if hi < lo {
		return nil
	}
	base := SimpleSieve(int(math.Sqrt(float64(hi))) + 1)
	mark := make([]bool, hi-lo+1)
	for _, p := range base {
		start := max(p*p, (lo+p-1)/p*p)
		for j := start; j <= hi; j += p {
			mark[j-lo] = true
		}
	}
	var out []int
	for i, m := range mark {
		if !m {
			out = append(out, lo+i)
		}
	}
	return out
}

// CountSegmented counts primes below n by sieving fixed-size blocks.
func CountSegmented(n, block int) int {
	count := 0
	for lo := 0; lo < n; lo += block {
		count += len(Segment(lo, min(lo+block, n)-1))
	}
	return count
}

func twinPairs(ps []int) [][2]int {
	var out [][2]int
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			out = append(out, [2]int{ps[i-1], ps[i]})
		}
	}
	return out
}

func main() {
	fmt.Println("primes <= 50:", SimpleSieve(50))
	ranges := [][2]int{{0, 30}, {100, 150}, {1000000, 1000100}, {2147483600, 2147483647}, {24, 28}}
	for _, r := range ranges {
		ps := Segment(r[0], r[1])
		fmt.Printf("[%d, %d]: %d primes %v\n", r[0], r[1], len(ps), ps)
	}
	for _, n := range []int{100, 10000, 1000000} {
		fmt.Printf("pi(%d): simple=%d segmented=%d\n", n, len(SimpleSieve(n-1)), CountSegmented(n, 4096))
	}
	tw := twinPairs(Segment(1, 200))
	fmt.Printf("twin primes below 200 (%d): %v\n", len(tw), tw)

	ps := SimpleSieve(1000000)
	gap, at := 0, 0
	for i := 1; i < len(ps); i++ {
		if d := ps[i] - ps[i-1]; d > gap {
			gap, at = d, ps[i-1]
		}
	}
	fmt.Printf("largest gap below 1e6: %d after %d; last prime %d (%x)\n", gap, at, ps[len(ps)-1], ps[len(ps)-1])
}
