package main

import (
	"fmt"
	"strings"
)

// PrimeFactors returns the prime factors of n in ascending order.
func PrimeFactors(n uint64) []uint64 {
	var fs []uint64
	for p := uint64(2); p*p <= n; p++ {
		for n%p == 0 {
			fs = append(fs, p)
			n /= p
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

type powerTerm struct {
	prime uint64
	exp   int
}

func group(fs []uint64) []powerTerm {
	var out []powerTerm
	for _, f := range fs {
		if len(out) > 0 && out[len(out)-1].prime == f {
			out[len(out)-1].exp++
			continue
		}
		out = append(out, powerTerm{f, 1})
	}
	return out
}

func (t powerTerm) String() string {
	if t.exp == 1 {
		return fmt.Sprint(t.prime)
	}
	return fmt.Sprintf("%d^%d", t.prime, t.exp)
}

func divisorCount(terms []powerTerm) int {
	c := 1
	for _, t := range terms {
		c *= t.exp + 1
	}
	return c
}

func main() {
	nums := []uint64{1, 2, 12, 60, 97, 360, 1001, 1024, 9999, 65536, 600851475143, 1234567890, 999999000001}
	for _, n := range nums {
		fs := PrimeFactors(n)
		terms := group(fs)
		parts := make([]string, len(terms))
		for i, t := range terms {
			parts[i] = t.String()
		}
		expr := strings.Join(parts, " * ")
		if expr == "" {
			expr = "(empty)"
		}
		fmt.Printf("%15d = %-28s factors=%v divisors=%d\n", n, expr, fs, divisorCount(terms))
	}
	// Smallest number with more than 50 divisors.
	for n := uint64(1); ; n++ {
		if d := divisorCount(group(PrimeFactors(n))); d > 50 {
			fmt.Printf("first n with >50 divisors: %d (%d divisors)\n", n, d)
			break
		}
	}
}
