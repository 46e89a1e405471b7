package main

import (
	"fmt"
	"math"
	"strings"
)

// Poly stores coefficients from the constant term upward.
type Poly []float64

func (p Poly) Degree() int { return len(p) - 1 }

func (p Poly) Eval(x float64) float64 {
	r := 0.0
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + p[i]
	}
	return r
}

func (p Poly) Derivative() Poly {
	if len(p) <= 1 {
		return Poly{0}
	}
	d := make(Poly, len(p)-1)
	for i := 1; i < len(p); i++ {
		d[i-1] = float64(i) * p[i]
	}
	return d
}

func (p Poly) Add(q Poly) Poly {
	r := make(Poly, max(len(p), len(q)))
	for i := range r {
		if i < len(p) {
			r[i] += p[i]
		}
		if i < len(q) {
			r[i] += q[i]
		}
	}
	return r
}

func (p Poly) Mul(q Poly) Poly {
	r := make(Poly, len(p)+len(q)-1)
	for i, a := range p {
		for j, b := range q {
			r[i+j] += a * b
		}
	}
	return r
}

func (p Poly) Scale(k float64) Poly {
	r := make(Poly, len(p))
	for i, c := range p {
		r[i] = k * c
	}
	return r
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

// Legendre returns P_0..P_n using (k+1)P_{k+1} = (2k+1)x P_k - k P_{k-1}.
func Legendre(n int) []Poly {
	ps := []Poly{{1}, {0, 1}}
	for k := 1; k < n; k++ {
		next := Poly{0, 1}.Mul(ps[k]).Scale(float64(2*k + 1)).Add(ps[k-1].Scale(-float64(k)))
		ps = append(ps, next.Scale(1/float64(k+1)))
	}
	return ps[:n+1]
}

// NewtonRoot refines a root of p starting from x.
func (p Poly) NewtonRoot(x float64) float64 {
	d := p.Derivative()
	for range 50 {
		step := p.Eval(x) / d.Eval(x)
		x -= step
		if math.Abs(step) < 1e-14 {
			break
		}
	}
	return x
}

func main() {
	p := Poly{-6, 11, -6, 1} // (x-1)(x-2)(x-3)
	fmt.Println("p(x)  =", p)
	fmt.Println("p'(x) =", p.Derivative())
	fmt.Println("p''(x)=", p.Derivative().Derivative())
	for _, x := range []float64{0, 1, 1.5, 2.5, 4} {
		fmt.Printf("  p(%.1f) = %g\n", x, p.Eval(x))
	}
	fmt.Println("(x+1)^2 (x-1) =", Poly{1, 1}.Mul(Poly{1, 1}).Mul(Poly{-1, 1}))

	fmt.Println("Legendre polynomials:")
	leg := Legendre(5)
	for n, l := range leg {
		fmt.Printf("  P%d = %v   P%d(1) = %g\n", n, l, n, l.Eval(1))
	}

	// Roots of P5 are the Gauss-Legendre nodes.
	var roots []string
	for k := 1; k <= 5; k++ {
		guess := math.Cos(math.Pi * (float64(k) - 0.25) / 5.5)
		roots = append(roots, fmt.Sprintf("%.6f", leg[5].NewtonRoot(guess)))
	}
	fmt.Println("roots of P5:", strings.Join(roots, ", "))
}
