package main

import (
	"fmt"
	"math/big"
)

func factorial(n int64) *big.Int {
	result := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		result.Mul(result, big.NewInt(i))
	}
	return result
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

// modPow computes base^exp mod m by square and multiply.
func modPow(base, exp, m *big.Int) *big.Int {
	result := big.NewInt(1)
	b := new(big.Int).Mod(base, m)
	e := new(big.Int).Set(exp)
	zero := big.NewInt(0)
	for e.Cmp(zero) > 0 {
		if e.Bit(0) == 1 {
			result.Mul(result, b).Mod(result, m)
		}
		b.Mul(b, b).Mod(b, m)
		e.Rsh(e, 1)
	}
	return result
}

func digitSum(x *big.Int) int {
	sum := 0
	for _, c := range x.String() {
		sum += int(c - '0')
	}
	return sum
}

func main() {
	for _, n := range []int64{0, 1, 5, 20, 25} {
		fmt.Printf("%2d! = %v\n", n, factorial(n))
	}
	f100 := factorial(100)
	fmt.Println("100! has", len(f100.String()), "digits, digit sum", digitSum(f100))
	fmt.Println("100! bit length:", f100.BitLen())

	for _, n := range []int{10, 50, 100, 200} {
		fmt.Printf("fib(%d) = %s\n", n, fib(n))
	}

	base := big.NewInt(4)
	exp := big.NewInt(13)
	m := big.NewInt(497)
	mine := modPow(base, exp, m)
	lib := new(big.Int).Exp(base, exp, m)
	fmt.Printf("4^13 mod 497 = %v (library %v)\n", mine, lib)

	p := new(big.Int)
	p.SetString("170141183460469231731687303715884105727", 10) // 2^127-1
	a := big.NewInt(3)
	pm1 := new(big.Int).Sub(p, big.NewInt(1))
	fmt.Println("Fermat test 3^(p-1) mod p =", modPow(a, pm1, p))
	fmt.Println("ProbablyPrime(20):", p.ProbablyPrime(20))
	fmt.Printf("p in hex: %x\n", p)
	fmt.Printf("p bits: %d, sign %d\n", p.BitLen(), p.Sign())

	q, r := new(big.Int).QuoRem(f100, fib(100), new(big.Int))
	fmt.Println("100! / fib(100) remainder:", r)
	fmt.Println("quotient digits:", len(q.String()))
	g := new(big.Int).GCD(nil, nil, factorial(30), fib(60))
	fmt.Println("gcd(30!, fib(60)) =", g)
}
