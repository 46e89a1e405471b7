package main

import (
	"fmt"
	"math/big"
)

// modPow computes base^exp mod m by square-and-multiply.
func modPow(base, exp, m uint64) uint64 {
	if m == 1 {
		return 0
	}
	result := uint64(1)
	base %= m
	for exp > 0 {
		if exp&1 == 1 {
			result = result * base % m
		}
		base = base * base % m
		exp >>= 1
	}
	return result
}

// fermatProbable reports whether n passes the Fermat test for base a.
func fermatProbable(n, a uint64) bool {
	return modPow(a, n-1, n) == 1
}

func isPrime(n uint64) bool {
	if n < 2 {
		return false
	}
	for d := uint64(2); d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	cases := [][3]uint64{
		{2, 10, 1000},
		{3, 200, 13},
		{7, 222, 1001},
		{5, 117, 19},
		{12345, 6789, 65521},
	}
	for _, c := range cases {
		got := modPow(c[0], c[1], c[2])
		want := new(big.Int).Exp(big.NewInt(int64(c[0])), big.NewInt(int64(c[1])), big.NewInt(int64(c[2])))
		fmt.Printf("%d^%d mod %d = %d (big.Int agrees: %v)\n", c[0], c[1], c[2], got, want.Uint64() == got)
	}

	fmt.Println("Fermat base-2 pseudoprimes below 3000:")
	for n := uint64(3); n < 3000; n += 2 {
		if fermatProbable(n, 2) && !isPrime(n) {
			fmt.Printf("  %d\n", n)
		}
	}

	// Carmichael numbers fool every coprime base.
	carmichael := []uint64{561, 1105, 1729}
	for _, n := range carmichael {
		fooled := 0
		for a := uint64(2); a < 20; a++ {
			if fermatProbable(n, a) {
				fooled++
			}
		}
		fmt.Printf("%d: passes %d of 18 bases, ProbablyPrime=%v\n",
			n, fooled, big.NewInt(int64(n)).ProbablyPrime(10))
	}

	// Modular inverse via Fermat's little theorem for prime modulus.
	p := uint64(101)
	for _, a := range []uint64{2, 3, 10, 50} {
		inv := modPow(a, p-2, p)
		fmt.Printf("inverse of %d mod %d = %d, check %d\n", a, p, inv, a*inv%p)
	}
}
