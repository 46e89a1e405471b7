package main

import (
	"fmt"
	"math"
	"math/big"
)

const prec = 256 // bits, about 77 decimal digits

func newF() *big.Float { return new(big.Float).SetPrec(prec) }

// sqrtNewton iterates x <- (x + a/x)/2 and reports the number of iterations.
func sqrtNewton(a *big.Float) (*big.Float, int) {
	x := newF().SetFloat64(1)
	half := newF().SetFloat64(0.5)
	for i := 1; i <= 100; i++ {
		q := newF().Quo(a, x)
		next := newF().Add(x, q)
		next.Mul(next, half)
		if next.Cmp(x) == 0 {
			return next, i
		}
		x = next
	}
	return x, 100
}

// eSeries sums 1/k! until the term no longer changes the sum.
func eSeries() (*big.Float, int) {
	sum := newF().SetInt64(1)
	term := newF().SetInt64(1)
	for k := int64(1); ; k++ {
		term.Quo(term, newF().SetInt64(k))
		prev := newF().Set(sum)
		sum.Add(sum, term)
		if sum.Cmp(prev) == 0 {
			return sum, int(k)
		}
	}
}

// piMachin uses pi = 16 atan(1/5) - 4 atan(1/239).
func atanInv(n int64) *big.Float {
	x := newF().Quo(newF().SetInt64(1), newF().SetInt64(n))
	x2 := newF().Mul(x, x)
	sum := newF().Set(x)
	pow := newF().Set(x)
	eps := newF().SetMantExp(newF().SetInt64(1), -prec)
	for k := int64(1); ; k++ {
		pow.Mul(pow, x2)
		t := newF().Quo(pow, newF().SetInt64(2*k+1))
		if t.Cmp(eps) < 0 {
			break
		}
		if k%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
	}
	return sum
}

func main() {
	two := newF().SetInt64(2)
	r, iters := sqrtNewton(two)
	lib := newF().Sqrt(two)
	fmt.Printf("sqrt(2) Newton (%d iterations):\n  %s\n", iters, r.Text('f', 70))
	fmt.Printf("  big.Float.Sqrt agrees: %v\n", r.Text('f', 70) == lib.Text('f', 70))
	fmt.Printf("  float64: %.17f\n", math.Sqrt2)

	e, terms := eSeries()
	fmt.Printf("e (%d terms):\n  %s\n", terms, e.Text('f', 70))

	pi := newF().Mul(newF().SetInt64(16), atanInv(5))
	pi.Sub(pi, newF().Mul(newF().SetInt64(4), atanInv(239)))
	fmt.Printf("pi (Machin):\n  %s\n", pi.Text('f', 70))

	// Catastrophic cancellation: (1 + 1e-20) - 1.
	tiny := 1e-20
	fmt.Printf("float64 (1+1e-20)-1 = %g\n", (1+tiny)-1)
	bf := newF().SetFloat64(1)
	bf.Add(bf, newF().SetFloat64(tiny))
	bf.Sub(bf, newF().SetFloat64(1))
	fmt.Printf("big.Float (1+1e-20)-1 = %s\n", bf.Text('g', 10))

	// The same computation at different precisions.
	for _, p := range []uint{24, 53, 100, 200} {
		x := new(big.Float).SetPrec(p).SetInt64(1)
		x.Quo(x, new(big.Float).SetPrec(p).SetInt64(3))
		fmt.Printf("1/3 at %3d bits: %s (acc %v)\n", p, x.Text('g', 40), x.Acc())
	}

	// Rounding modes on an exact midpoint.
	for _, mode := range []big.RoundingMode{big.ToNearestEven, big.ToNearestAway, big.ToZero, big.AwayFromZero, big.ToNegativeInf, big.ToPositiveInf} {
		x := new(big.Float).SetMode(mode).SetPrec(3).SetFloat64(2.5)
		y := new(big.Float).SetMode(mode).SetPrec(2).Set(x)
		fmt.Printf("  %-14v 2.5 -> %s\n", mode, y.Text('g', 5))
	}
}
