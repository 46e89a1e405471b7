package main

import (
	"fmt"
	"math"
	"slices"
)

// atkin returns all primes <= limit using the sieve of Atkin.
func atkin(limit int) []int {
	sieve := make([]bool, limit+1)
	root := int(math.Sqrt(float64(limit)))
	for x := 1; x <= root; x++ {
		for y := 1; y <= root; y++ {
			n := 4*x*x + y*y
			if n <= limit && (n%12 == 1 || n%12 == 5) {
				sieve[n] = !sieve[n]
			}
			n = 3*x*x + y*y
			if n <= limit && n%12 == 7 {
				sieve[n] = !sieve[n]
			}
			n = 3*x*x - y*y
			if x > y && n <= limit && n%12 == 11 {
				sieve[n] = !sieve[n]
			}
		}
	}
	for r := 5; r*r <= limit; r++ {
		if sieve[r] {
			for i := r * r; i <= limit; i += r * r {
				sieve[i] = false
			}
		}
	}
	primes := []int{2, 3}[:min(max(limit-1, 0), 2)]
	for i := 5; i <= limit; i++ {
		if sieve[i] {
			primes = append(primes, i)
		}
	}
	return primes
}

// segmented yields primes in [lo, hi) to visit, block by block.
func segmented(lo, hi, blockSize int, visit func(p int) bool) {
	base := atkin(int(math.Sqrt(float64(hi))) + 1)
	for start := lo; start < hi; start += blockSize {
		end := min(start+blockSize, hi)
		composite := make([]bool, end-start)
		for _, p := range base {
			first := max(p*p, (start+p-1)/p*p)
			for m := first; m < end; m += p {
				composite[m-start] = true
			}
		}
		for i, c := range composite {
			n := start + i
			if !c && n >= 2 && !visit(n) {
				return
			}
		}
	}
}

func main() {
	small := atkin(100)
	fmt.Println("primes <= 100:", small)
	fmt.Println("count:", len(small))
	for _, lim := range []int{1000, 10000, 100000} {
		ps := atkin(lim)
		fmt.Printf("pi(%d) = %d, largest %d\n", lim, len(ps), ps[len(ps)-1])
	}

	var window []int
	segmented(1_000_000, 1_000_200, 64, func(p int) bool {
		window = append(window, p)
		return true
	})
	fmt.Println("primes in [1000000, 1000200):", window)

	count, twins, prev := 0, 0, 0
	segmented(0, 200_000, 4096, func(p int) bool {
		count++
		if p-prev == 2 {
			twins++
		}
		prev = p
		return true
	})
	var first10 []int
	segmented(10_000_000, 20_000_000, 1000, func(p int) bool {
		first10 = append(first10, p)
		return len(first10) < 10
	})
	fmt.Printf("segmented pi(200000) = %d, twin pairs %d, agrees with atkin: %t\n", count, twins, count == len(atkin(200_000)))
	fmt.Println("first primes after 10^7:", first10)
	i, found := slices.BinarySearch(small, 97)
	fmt.Printf("97 is prime #%d: %v; 91 found: %v\n", i+1, found, slices.Contains(small, 91))
}
