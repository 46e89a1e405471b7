package main

import (
	"fmt"
	"strings"
)

// Poly stores coefficients from lowest to highest degree.
type Poly []float64

func (p Poly) Degree() int {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] != 0 {
			return i
		}
	}
	return -1
}

// Eval uses Horner's method.
func (p Poly) Eval(x float64) float64 {
	r := 0.0
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + p[i]
	}
	return r
}

func (p Poly) Add(q Poly) Poly {
	out := make(Poly, max(len(p), len(q)))
	for i := range out {
		if i < len(p) {
			out[i] += p[i]
		}
		if i < len(q) {
			out[i] += q[i]
		}
	}
	return out
}

func (p Poly) Mul(q Poly) Poly {
	out := make(Poly, len(p)+len(q)-1)
	for i, a := range p {
		for j, b := range q {
			out[i+j] += a * b
		}
	}
	return out
}

func (p Poly) Derivative() Poly {
	if len(p) <= 1 {
		return Poly{0}
	}
	out := make(Poly, len(p)-1)
	for i := 1; i < len(p); i++ {
		out[i-1] = float64(i) * p[i]
	}
	return out
}

// DivLinear divides by (x - r) using synthetic division.
func (p Poly) DivLinear(r float64) (Poly, float64) {
	n := len(p)
	q := make(Poly, n-1)
	carry := 0.0
	for i := n - 1; i >= 1; i-- {
		carry = carry*r + p[i]
		q[i-1] = carry
	}
	return q, carry*r + p[0]
}

func (p Poly) String() string {
	var terms []string
	for i := len(p) - 1; i >= 0; i-- {
		c := p[i]
		if c == 0 {
			continue
		}
		var t string
		switch i {
		case 0:
			t = fmt.Sprintf("%g", c)
		case 1:
			t = fmt.Sprintf("%gx", c)
		default:
			t = fmt.Sprintf("%gx^%d", c, i)
		}
		terms = append(terms, t)
	}
	if len(terms) == 0 {
		return "0"
	}
	return strings.ReplaceAll(strings.Join(terms, " + "), "+ -", "- ")
}

func main() {
	p := Poly{-6, 11, -6, 1} // (x-1)(x-2)(x-3)
	q := Poly{1, 1}
	fmt.Println("p(x) =", p, " degree", p.Degree())
	fmt.Println("q(x) =", q)
	fmt.Println("p+q  =", p.Add(q))
	fmt.Println("p*q  =", p.Mul(q))
	fmt.Println("p'   =", p.Derivative())
	fmt.Println("p''' =", p.Derivative().Derivative().Derivative())
	for _, x := range []float64{0, 1, 1.5, 2, 2.5, 3, 4} {
		fmt.Printf("p(%.1f) = %7.3f  p'(%.1f) = %7.3f\n", x, p.Eval(x), x, p.Derivative().Eval(x))
	}
	quot, rem := p.DivLinear(2)
	fmt.Printf("p / (x-2) = %v remainder %g\n", quot, rem)
	quot, rem = p.DivLinear(5)
	fmt.Printf("p / (x-5) = %v remainder %g\n", quot, rem)
	fmt.Println("zero poly:", Poly{0, 0}, "degree", Poly{0, 0}.Degree())
}
