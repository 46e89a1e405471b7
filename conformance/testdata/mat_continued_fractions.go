package main

import (
	"fmt"
	"math"
)

// expandRational returns the continued fraction terms of p/q.
func expandRational(p, q int64) []int64 {
	var terms []int64
	for q != 0 {
		a := p / q
		if p%q != 0 && (p < 0) != (q < 0) {
			a--
		}
		terms = append(terms, a)
		p, q = q, p-a*q
	}
	return terms
}

// expandFloat returns up to n terms of the continued fraction of x.
func expandFloat(x float64, n int) []int64 {
	var terms []int64
	for i := 0; i < n; i++ {
		a := math.Floor(x)
		terms = append(terms, int64(a))
		frac := x - a
		if frac < 1e-9 {
			break
		}
		x = 1 / frac
	}
	return terms
}

// convergents computes successive approximations h/k.
func convergents(terms []int64) [][2]int64 {
	var out [][2]int64
	hPrev, h := int64(1), terms[0]
	kPrev, k := int64(0), int64(1)
	out = append(out, [2]int64{h, k})
	for _, a := range terms[1:] {
		hPrev, h = h, a*h+hPrev
		kPrev, k = k, a*k+kPrev
		out = append(out, [2]int64{h, k})
	}
	return out
}

// sqrtPeriod computes the periodic continued fraction of sqrt(n).
func sqrtPeriod(n int) (int, []int) {
	a0 := int(math.Sqrt(float64(n)))
	if a0*a0 == n {
		return a0, nil
	}
	m, d, a := 0, 1, a0
	var period []int
	for a != 2*a0 {
		m = d*a - m
		d = (n - m*m) / d
		a = (a0 + m) / d
		period = append(period, a)
	}
	return a0, period
}

func main() {
	fmt.Println("415/93 =", expandRational(415, 93))
	fmt.Println("-7/3   =", expandRational(-7, 3))
	fmt.Println("355/113 =", expandRational(355, 113))

	piTerms := expandFloat(math.Pi, 6)
	fmt.Println("pi terms:", piTerms)
	for _, c := range convergents(piTerms) {
		approx := float64(c[0]) / float64(c[1])
		fmt.Printf("  %7d/%-6d = %.10f  err %.2e\n", c[0], c[1], approx, math.Abs(approx-math.Pi))
	}

	eTerms := expandFloat(math.E, 10)
	fmt.Println("e terms:", eTerms)

	phi := (1 + math.Sqrt(5)) / 2
	conv := convergents(expandFloat(phi, 12))
	last := conv[len(conv)-1]
	fmt.Printf("golden ratio convergent %d/%d\n", last[0], last[1])

	for _, n := range []int{2, 3, 7, 13, 19, 23, 16} {
		a0, period := sqrtPeriod(n)
		fmt.Printf("sqrt(%d) = [%d; %v] period %d\n", n, a0, period, len(period))
	}
}
