package main

import (
	"fmt"
	"math/big"
	"strings"
)

func factorial(n int64) *big.Int {
	result := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		result.Mul(result, big.NewInt(i))
	}
	return result
}

func fibonacci(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func digitSum(x *big.Int) int {
	sum := 0
	for _, ch := range x.String() {
		sum += int(ch - '0')
	}
	return sum
}

func trailingZeros(s string) int {
	return len(s) - len(strings.TrimRight(s, "0"))
}

func main() {
	f50 := factorial(50)
	s := f50.String()
	fmt.Printf("50! = %s\n", s)
	fmt.Printf("    %d digits, digit sum %d, %d trailing zeros\n", len(s), digitSum(f50), trailingZeros(s))

	f100 := factorial(100)
	fmt.Printf("100! has %d digits and %d bits\n", len(f100.String()), f100.BitLen())

	for _, n := range []int{10, 50, 100, 200} {
		fmt.Printf("F(%d) = %v\n", n, fibonacci(n))
	}

	// Ratio of consecutive Fibonacci numbers approaches the golden ratio.
	ratio := new(big.Float).SetPrec(200).Quo(
		new(big.Float).SetInt(fibonacci(201)),
		new(big.Float).SetInt(fibonacci(200)),
	)
	fmt.Printf("F(201)/F(200) = %s\n", ratio.Text('f', 40))

	binom := new(big.Int).Binomial(100, 50)
	fmt.Printf("C(100,50) = %v\n", binom)

	two256 := new(big.Int).Lsh(big.NewInt(1), 256)
	fmt.Printf("2^256 = %v\n", two256)
	fmt.Printf("2^256 - 1 in hex = %x\n", new(big.Int).Sub(two256, big.NewInt(1)))

	// Mersenne numbers 2^p - 1 that are prime.
	var primes []string
	for p := uint(2); p <= 130; p++ {
		m := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), p), big.NewInt(1))
		if m.ProbablyPrime(20) {
			primes = append(primes, fmt.Sprint(p))
		}
	}
	fmt.Println("Mersenne prime exponents up to 130:", strings.Join(primes, ", "))

	// Exact harmonic number with rationals.
	h := new(big.Rat)
	for k := int64(1); k <= 20; k++ {
		h.Add(h, big.NewRat(1, k))
	}
	fmt.Printf("H(20) = %s ~ %s\n", h.RatString(), h.FloatString(10))

	modexp := new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), big.NewInt(1000007))
	fmt.Printf("3^1000 mod 1000007 = %d\n", modexp)
}
