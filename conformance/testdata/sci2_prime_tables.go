package main

import (
	"fmt"
	"math"
	"strings"
)

func Sieve(n int) []bool {
	composite := make([]bool, n+1)
	composite[0], composite[1] = true, true
	for i := 2; i*i <= n; i++ {
		if !composite[i] {
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return composite
}

func Factorize(n uint64) []uint64 {
	var f []uint64
	for p := uint64(2); p*p <= n; p++ {
		for n%p == 0 {
			f = append(f, p)
			n /= p
		}
	}
	if n > 1 {
		f = append(f, n)
	}
	return f
}

func Totient(n int) int {
	result := n
	for p := 2; p*p <= n; p++ {
		if n%p == 0 {
			for n%p == 0 {
				n /= p
			}
			result -= result / p
		}
	}
	if n > 1 {
		result -= result / n
	}
	return result
}

func GCD(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func ModPow(base, exp, mod uint64) uint64 {
	result := uint64(1)
	base %= mod
	for exp > 0 {
		if exp&1 == 1 {
			result = result * base % mod
		}
		base = base * base % mod
		exp >>= 1
	}
	return result
}

func main() {
	const limit = 10000
	comp := Sieve(limit)
	var primes []int
	for i, c := range comp {
		if !c {
			primes = append(primes, i)
		}
	}
	fmt.Println("first 20 primes:", primes[:20])
	fmt.Println("   x   pi(x)  x/ln(x)  ratio")
	for _, x := range []int{10, 100, 1000, 10000} {
		count := 0
		for _, p := range primes {
			if p <= x {
				count++
			}
		}
		approx := float64(x) / math.Log(float64(x))
		fmt.Printf("%5d %6d %8.1f %6.3f\n", x, count, approx, float64(count)/approx)
	}

	twins := 0
	for i := 1; i < len(primes); i++ {
		if primes[i]-primes[i-1] == 2 {
			twins++
		}
	}
	fmt.Println("twin prime pairs below 10000:", twins)

	for _, n := range []uint64{360, 9973, 1234567890, 600851475143, 18446744073709551615} {
		parts := []string{}
		for _, f := range Factorize(n) {
			parts = append(parts, fmt.Sprint(f))
		}
		fmt.Printf("%d = %s\n", n, strings.Join(parts, " * "))
	}
	fmt.Print("phi(1..12):")
	for n := 1; n <= 12; n++ {
		fmt.Printf(" %d", Totient(n))
	}
	fmt.Println()
	fmt.Println("gcd(1071, 462) =", GCD(1071, 462), " lcm(21, 6) =", 21/GCD(21, 6)*6)
	// Fermat's little theorem check
	for _, p := range []uint64{7, 13, 97} {
		fmt.Printf("2^(%d-1) mod %d = %d, 3^100 mod %d = %d\n", p, p, ModPow(2, p-1, p), p, ModPow(3, 100, p))
	}
}
