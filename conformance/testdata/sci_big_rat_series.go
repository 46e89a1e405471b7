package main

import (
	"fmt"
	"math/big"
	"strings"
)

// harmonic returns H_n = 1 + 1/2 + ... + 1/n exactly.
func harmonic(n int64) *big.Rat {
	h := new(big.Rat)
	for k := int64(1); k <= n; k++ {
		h.Add(h, big.NewRat(1, k))
	}
	return h
}

// egyptian decomposes 0 < r < 1 greedily into distinct unit fractions.
func egyptian(r *big.Rat) []string {
	var parts []string
	rem := new(big.Rat).Set(r)
	for rem.Sign() > 0 {
		// smallest d with 1/d <= rem is ceil(den/num)
		num, den := rem.Num(), rem.Denom()
		d := new(big.Int).Add(den, new(big.Int).Sub(num, big.NewInt(1)))
		d.Quo(d, num)
		parts = append(parts, "1/"+d.String())
		rem.Sub(rem, new(big.Rat).SetFrac(big.NewInt(1), d))
	}
	return parts
}

// continuedFraction expands a positive rational number.
func continuedFraction(r *big.Rat) []*big.Int {
	var cf []*big.Int
	num := new(big.Int).Set(r.Num())
	den := new(big.Int).Set(r.Denom())
	for den.Sign() != 0 {
		q, m := new(big.Int).QuoRem(num, den, new(big.Int))
		cf = append(cf, q)
		num, den = den, m
	}
	return cf
}

func main() {
	fmt.Println("Harmonic numbers (exact):")
	for _, n := range []int64{1, 2, 3, 5, 10, 20} {
		h := harmonic(n)
		fmt.Printf("  H_%-2d = %-28s = %s\n", n, h.String(), h.FloatString(12))
	}

	// Exact arithmetic avoids the classic 0.1 + 0.2 problem.
	a, _ := new(big.Rat).SetString("0.1")
	b, _ := new(big.Rat).SetString("0.2")
	sum := new(big.Rat).Add(a, b)
	want, _ := new(big.Rat).SetString("3/10")
	fmt.Printf("0.1 + 0.2 = %s (== 3/10: %v); float64: %v\n", sum, sum.Cmp(want) == 0, 0.1+0.2)

	// Leibniz series for pi/4 with exact partial sums.
	s := new(big.Rat)
	for k := int64(0); k < 12; k++ {
		term := big.NewRat(1, 2*k+1)
		if k%2 == 1 {
			term.Neg(term)
		}
		s.Add(s, term)
	}
	pi := new(big.Rat).Mul(s, big.NewRat(4, 1))
	fmt.Printf("4 * Leibniz(12 terms) = %s ~ %s\n", pi, pi.FloatString(8))

	// Geometric series sum_{k=0}^{n} (1/3)^k and its limit 3/2.
	g := new(big.Rat)
	term := big.NewRat(1, 1)
	third := big.NewRat(1, 3)
	for range 10 {
		g.Add(g, term)
		term.Mul(term, third)
	}
	gap := new(big.Rat).Sub(big.NewRat(3, 2), g)
	fmt.Printf("sum of (1/3)^k, k<10 = %s; 3/2 minus it = %s\n", g, gap)

	fmt.Println("Egyptian fractions:")
	for _, f := range []string{"4/13", "5/121", "7/15", "3/7"} {
		r, _ := new(big.Rat).SetString(f)
		fmt.Printf("  %-6s = %s\n", f, strings.Join(egyptian(r), " + "))
	}

	fmt.Println("Continued fractions and convergents:")
	for _, f := range []string{"415/93", "355/113", "103993/33102"} {
		r, _ := new(big.Rat).SetString(f)
		cf := continuedFraction(r)
		fmt.Printf("  %-13s = %v\n", f, cf)
	}
	// Convergents of sqrt(2) = [1; 2, 2, 2, ...].
	p0, p1 := big.NewInt(1), big.NewInt(3)
	q0, q1 := big.NewInt(1), big.NewInt(2)
	for range 8 {
		p0, p1 = p1, new(big.Int).Add(new(big.Int).Lsh(p1, 1), p0)
		q0, q1 = q1, new(big.Int).Add(new(big.Int).Lsh(q1, 1), q0)
	}
	conv := new(big.Rat).SetFrac(p1, q1)
	sq := new(big.Rat).Mul(conv, conv)
	fmt.Printf("sqrt(2) ~ %s = %s, squared - 2 = %s\n", conv, conv.FloatString(15), sq.Sub(sq, big.NewRat(2, 1)))
}
