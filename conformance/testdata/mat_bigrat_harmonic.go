package main

import (
	"fmt"
	"math/big"
)

func harmonic(n int) *big.Rat {
	sum := new(big.Rat)
	for k := 1; k <= n; k++ {
		sum.Add(sum, big.NewRat(1, int64(k)))
	}
	return sum
}

// bernoulli computes B_0..B_n using the Akiyama–Tanigawa algorithm.
func bernoulli(n int) []*big.Rat {
	a := make([]*big.Rat, n+1)
	out := make([]*big.Rat, n+1)
	for m := 0; m <= n; m++ {
		a[m] = big.NewRat(1, int64(m+1))
		for j := m; j >= 1; j-- {
			diff := new(big.Rat).Sub(a[j-1], a[j])
			a[j-1] = diff.Mul(diff, big.NewRat(int64(j), 1))
		}
		out[m] = new(big.Rat).Set(a[0])
	}
	return out
}

func main() {
	for _, n := range []int{1, 2, 5, 10, 20} {
		h := harmonic(n)
		f, _ := h.Float64()
		fmt.Printf("H(%d) = %s ~ %s (%.6f)\n", n, h.RatString(), h.FloatString(8), f)
	}

	h30 := harmonic(30)
	fmt.Println("H(30) denominator digits:", len(h30.Denom().String()))

	b := bernoulli(12)
	for i, r := range b {
		if r.Sign() != 0 {
			fmt.Printf("B_%-2d = %s\n", i, r.RatString())
		}
	}

	// Exact repeating decimals.
	for _, r := range []*big.Rat{big.NewRat(1, 7), big.NewRat(22, 7), big.NewRat(-5, 12), big.NewRat(1, 3)} {
		fmt.Printf("%-5s = %s\n", r.RatString(), r.FloatString(12))
	}

	x := new(big.Rat)
	if _, ok := x.SetString("3.14159"); ok {
		fmt.Println("3.14159 as rational:", x)
	}
	y, _ := new(big.Rat).SetString("-17/51")
	fmt.Println("-17/51 normalised:", y, "inverse:", new(big.Rat).Inv(y))
	fmt.Println("compare 1/3 vs 0.333:", big.NewRat(1, 3).Cmp(big.NewRat(333, 1000)))

	// Sum of a geometric series 1 + 1/2 + 1/4 + ... exactly.
	g := new(big.Rat)
	term := big.NewRat(1, 1)
	half := big.NewRat(1, 2)
	for i := 0; i < 16; i++ {
		g.Add(g, term)
		term.Mul(term, half)
	}
	fmt.Println("geometric 16 terms:", g, "missing:", new(big.Rat).Sub(big.NewRat(2, 1), g))
}
