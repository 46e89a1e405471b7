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

func fibonacci(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func digitSum(x *big.Int) int {
	sum := 0
	for _, c := range x.String() {
		sum += int(c - '0')
	}
	return sum
}

// harmonic returns 1 + 1/2 + ... + 1/n as an exact rational.
func harmonic(n int64) *big.Rat {
	sum := new(big.Rat)
	for i := int64(1); i <= n; i++ {
		sum.Add(sum, big.NewRat(1, i))
	}
	return sum
}

func main() {
	for _, n := range []int64{0, 5, 20, 25, 50} {
		f := factorial(n)
		fmt.Printf("%d! = %s (digits=%d, digit sum=%d)\n", n, f, len(f.String()), digitSum(f))
	}

	for _, n := range []int{10, 50, 100, 200} {
		fmt.Printf("fib(%d) = %s\n", n, fibonacci(n))
	}

	two := big.NewInt(2)
	p := new(big.Int).Exp(two, big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Printf("2^127-1 = %s prime=%v bitlen=%d\n", p, p.ProbablyPrime(20), p.BitLen())
	fmt.Printf("in hex: %x\n", p)

	modexp := new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), big.NewInt(1000007))
	fmt.Println("3^1000 mod 1000007 =", modexp)

	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b, _ := new(big.Int).SetString("987654321", 10)
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	fmt.Printf("a/b = %s rem %s\n", q, r)
	fmt.Println("gcd(a, b) =", new(big.Int).GCD(nil, nil, a, b))
	fmt.Println("sqrt(a) =", new(big.Int).Sqrt(a))
	fmt.Println("cmp:", a.Cmp(b), b.Cmp(a), a.Cmp(a), "sign of -b:", new(big.Int).Neg(b).Sign())

	_, ok := new(big.Int).SetString("12x4", 10)
	fmt.Println("parse 12x4 ok:", ok)

	for _, n := range []int64{1, 2, 5, 10} {
		h := harmonic(n)
		fmt.Printf("H(%d) = %s ~ %s\n", n, h, h.FloatString(6))
	}

	x := big.NewRat(3, 4)
	y := big.NewRat(-5, 6)
	fmt.Println("3/4 + -5/6 =", new(big.Rat).Add(x, y))
	fmt.Println("3/4 * -5/6 =", new(big.Rat).Mul(x, y))
	fmt.Println("3/4 / -5/6 =", new(big.Rat).Quo(x, y))
	z, _ := new(big.Rat).SetString("0.125")
	fmt.Println("0.125 as rat:", z, "denom:", z.Denom(), "is int:", z.IsInt())

	pi := new(big.Float).SetPrec(200)
	pi.SetString("3.14159265358979323846264338327950288419716939937510")
	r2 := new(big.Float).SetPrec(200).SetInt64(2)
	area := new(big.Float).SetPrec(200).Mul(pi, new(big.Float).Mul(r2, r2))
	fmt.Println("area of r=2 circle:", area.Text('f', 40))
	sqrt2 := new(big.Float).SetPrec(100).Sqrt(big.NewFloat(2))
	fmt.Println("sqrt(2) to 30 digits:", sqrt2.Text('f', 30))
}
