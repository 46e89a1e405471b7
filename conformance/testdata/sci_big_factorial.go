package main

import (
	"fmt"
	"math"
	"math/big"
	"strings"
)

func factorial(n int64) *big.Int {
	f := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		f.Mul(f, big.NewInt(i))
	}
	return f
}

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

// trailingZeros counts factors of 5 in n! (Legendre's formula).
func trailingZeros(n int64) int64 {
	z := int64(0)
	for p := int64(5); p <= n; p *= 5 {
		z += n / p
	}
	return z
}

func main() {
	fmt.Println(" n  n!")
	for _, n := range []int64{0, 1, 5, 10, 15, 20, 25, 30} {
		fmt.Printf("%2d  %s\n", n, factorial(n))
	}

	f100 := factorial(100)
	s := f100.String()
	fmt.Printf("\n100! has %d digits, digit sum %d\n", len(s), digitSum(f100))
	fmt.Printf("first 20 digits %s..., trailing zeros %d (Legendre: %d)\n",
		s[:20], len(s)-len(strings.TrimRight(s, "0")), trailingZeros(100))

	// Stirling's approximation in log space.
	fmt.Println("\nStirling: ln n! ~ n ln n - n + 0.5 ln(2 pi n)")
	for _, n := range []int64{10, 50, 100, 500} {
		exactLn, _ := math.Lgamma(float64(n + 1))
		nf := float64(n)
		st := nf*math.Log(nf) - nf + 0.5*math.Log(2*math.Pi*nf)
		fmt.Printf("  n=%3d  lgamma=%12.6f  stirling=%12.6f  diff=%.3e  1/(12n)=%.3e\n",
			n, exactLn, st, exactLn-st, 1/(12*nf))
	}

	// Binomial coefficients and a row of Pascal's triangle.
	fmt.Println("\nC(n,k) for n = 16:")
	var row []string
	for k := int64(0); k <= 16; k++ {
		row = append(row, new(big.Int).Binomial(16, k).String())
	}
	fmt.Println(" ", strings.Join(row, " "))
	c := new(big.Int).Binomial(100, 50)
	fmt.Printf("C(100,50) = %s\n", c)
	check := new(big.Int).Div(factorial(100), new(big.Int).Mul(factorial(50), factorial(50)))
	fmt.Println("matches 100!/(50!)^2:", c.Cmp(check) == 0)

	// Catalan numbers C_n = C(2n,n)/(n+1).
	fmt.Print("Catalan:")
	for n := int64(0); n <= 15; n++ {
		cat := new(big.Int).Binomial(2*n, n)
		cat.Quo(cat, big.NewInt(n+1))
		fmt.Print(" ", cat)
	}
	fmt.Println()

	// Double factorial and the size of 1000!
	df := big.NewInt(1)
	for i := int64(29); i > 1; i -= 2 {
		df.Mul(df, big.NewInt(i))
	}
	fmt.Printf("29!! = %v\n", df)
	fmt.Printf("1000! has %d decimal digits, bit length %d\n",
		len(factorial(1000).String()), factorial(1000).BitLen())
}
