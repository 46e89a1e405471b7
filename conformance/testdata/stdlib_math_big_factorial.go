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
	for _, c := range x.String() {
		sum += int(c - '0')
	}
	return sum
}

func main() {
	for _, n := range []int64{0, 1, 5, 10, 20, 21, 30} {
		fmt.Printf("%2d! = %s\n", n, factorial(n))
	}
	f100 := factorial(100)
	s := f100.String()
	fmt.Println("100! has", len(s), "digits, digit sum", digitSum(f100))
	fmt.Println("trailing zeros:", len(s)-len(strings.TrimRight(s, "0")))
	fmt.Println("bit length:", f100.BitLen())

	fmt.Println("fib(100) =", fibonacci(100))

	two := big.NewInt(2)
	p := new(big.Int).Exp(two, big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println("2^127-1 =", p, "prime:", p.ProbablyPrime(20))

	q, r := new(big.Int).QuoRem(factorial(25), factorial(23), new(big.Int))
	fmt.Println("25!/23! =", q, "rem", r)

	n, ok := new(big.Int).SetString("123456789012345678901234567890", 10)
	fmt.Println(n, ok)
	_, ok = new(big.Int).SetString("12x", 10)
	fmt.Println("bad parse ok:", ok)
	fmt.Println("cmp:", n.Cmp(f100), f100.Cmp(n), n.Cmp(n))
	fmt.Printf("hex: %x\n", big.NewInt(255*255))
	fmt.Println("gcd:", new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)))

	third := new(big.Rat).SetFrac64(1, 3)
	sum := new(big.Rat).Add(third, big.NewRat(1, 6))
	fmt.Println("1/3 + 1/6 =", sum, sum.FloatString(5))
}
