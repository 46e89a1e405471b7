package main

import (
	"fmt"
	"math/big"
)

func factorial(n int64) *big.Int {
	return new(big.Int).MulRange(1, n)
}

func choose(n, k int64) *big.Int {
	return new(big.Int).Binomial(n, k)
}

// catalan computes C(2n, n) / (n+1).
func catalan(n int64) *big.Int {
	c := choose(2*n, n)
	return c.Div(c, big.NewInt(n+1))
}

// derangements uses D(n) = (n-1)(D(n-1)+D(n-2)).
func derangements(n int) *big.Int {
	a, b := big.NewInt(1), big.NewInt(0)
	if n == 0 {
		return a
	}
	for i := 2; i <= n; i++ {
		next := new(big.Int).Add(a, b)
		next.Mul(next, big.NewInt(int64(i-1)))
		a, b = b, next
	}
	return b
}

func digitSum(x *big.Int) int {
	s := 0
	for _, ch := range x.String() {
		s += int(ch - '0')
	}
	return s
}

func main() {
	for _, n := range []int64{10, 20, 25, 50} {
		f := factorial(n)
		fmt.Printf("%d! = %s (%d digits)\n", n, f, len(f.String()))
	}

	f100 := factorial(100)
	fmt.Println("digit sum of 100!:", digitSum(f100))
	zeros := 0
	ten := big.NewInt(10)
	q, r := new(big.Int).Set(f100), new(big.Int)
	for {
		q.QuoRem(q, ten, r)
		if r.Sign() != 0 {
			break
		}
		zeros++
	}
	fmt.Println("trailing zeros of 100!:", zeros)

	pairs := [][2]int64{{10, 3}, {52, 5}, {100, 50}, {200, 7}, {64, 32}}
	for _, p := range pairs {
		fmt.Printf("C(%d, %d) = %s\n", p[0], p[1], choose(p[0], p[1]))
	}

	fmt.Print("Catalan:")
	for n := int64(0); n <= 12; n++ {
		fmt.Print(" ", catalan(n))
	}
	fmt.Println()
	fmt.Println("Catalan(60) =", catalan(60))

	for _, n := range []int{4, 10, 20} {
		d := derangements(n)
		ratio := new(big.Rat).SetFrac(d, factorial(int64(n)))
		fmt.Printf("D(%d) = %s, D/n! = %s\n", n, d, ratio.FloatString(10))
	}

	// Vandermonde identity check: sum C(m,k)C(n,r-k) = C(m+n,r).
	m, n, rr := int64(12), int64(9), int64(7)
	sum := new(big.Int)
	for k := int64(0); k <= rr; k++ {
		t := new(big.Int).Mul(choose(m, k), choose(n, rr-k))
		sum.Add(sum, t)
	}
	fmt.Printf("Vandermonde: %s == %s -> %v\n", sum, choose(m+n, rr), sum.Cmp(choose(m+n, rr)) == 0)
}
