package main

import (
	"fmt"
	"math"
	"math/big"
)

const prec = 200

func newF(x float64) *big.Float { return new(big.Float).SetPrec(prec).SetFloat64(x) }

// SqrtNewton computes sqrt(a) with Newton iteration in big.Float.
func SqrtNewton(a *big.Float, iters int) *big.Float {
	x := newF(1)
	half := newF(0.5)
	for i := 0; i < iters; i++ {
		q := new(big.Float).SetPrec(prec).Quo(a, x)
		x.Add(x, q)
		x.Mul(x, half)
	}
	return x
}

// EulerE sums 1/k! until terms are negligible.
func EulerE(terms int) *big.Float {
	sum := newF(1)
	term := newF(1)
	for k := 1; k <= terms; k++ {
		term.Quo(term, newF(float64(k)))
		sum.Add(sum, term)
	}
	return sum
}

// PiMachin uses pi = 16 arctan(1/5) - 4 arctan(1/239).
func arctanInv(n int64, terms int) *big.Float {
	x := new(big.Float).SetPrec(prec).Quo(newF(1), newF(float64(n)))
	x2 := new(big.Float).SetPrec(prec).Mul(x, x)
	sum := newF(0)
	power := new(big.Float).SetPrec(prec).Set(x)
	for k := 0; k < terms; k++ {
		t := new(big.Float).SetPrec(prec).Quo(power, newF(float64(2*k+1)))
		if k%2 == 0 {
			sum.Add(sum, t)
		} else {
			sum.Sub(sum, t)
		}
		power.Mul(power, x2)
	}
	return sum
}

func PiMachin() *big.Float {
	a := arctanInv(5, 60)
	b := arctanInv(239, 20)
	a.Mul(a, newF(16))
	b.Mul(b, newF(4))
	return a.Sub(a, b)
}

func main() {
	sqrt2 := SqrtNewton(newF(2), 10)
	fmt.Println("sqrt(2) =", sqrt2.Text('f', 50))
	fmt.Printf("float64 = %.50f\n", math.Sqrt2)

	e := EulerE(60)
	fmt.Println("e       =", e.Text('f', 50))
	pi := PiMachin()
	fmt.Println("pi      =", pi.Text('f', 50))

	// Golden ratio: (1 + sqrt5) / 2
	phi := SqrtNewton(newF(5), 12)
	phi.Add(phi, newF(1)).Quo(phi, newF(2))
	fmt.Println("phi     =", phi.Text('f', 40))

	// Check phi^2 - phi - 1 == 0 to high precision
	check := new(big.Float).SetPrec(prec).Mul(phi, phi)
	check.Sub(check, phi).Sub(check, newF(1))
	f, _ := check.Float64()
	fmt.Printf("phi^2-phi-1 ~ %.3g (|x| < 1e-55: %v)\n", f, math.Abs(f) < 1e-55)

	// float64 vs big.Float accumulation of 0.1
	var sum64 float64
	sumBig := new(big.Float).SetPrec(prec)
	tenth, _ := new(big.Float).SetPrec(prec).SetString("0.1")
	for i := 0; i < 1000; i++ {
		sum64 += 0.1
		sumBig.Add(sumBig, tenth)
	}
	fmt.Printf("sum of 0.1 x1000: float64=%.15f big=%s\n", sum64, sumBig.Text('f', 15))

	// Exact rational arithmetic: harmonic number H(20)
	h := new(big.Rat)
	for k := int64(1); k <= 20; k++ {
		h.Add(h, big.NewRat(1, k))
	}
	fmt.Println("H(20) =", h.String(), "~", h.FloatString(12))

	// Big integers: 50!
	fact := new(big.Int).MulRange(1, 50)
	fmt.Println("50! =", fact, "digits:", len(fact.String()))
}
