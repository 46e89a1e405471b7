package main

import (
	"fmt"
	"math"
	"strings"
)

// Poly holds coefficients, lowest degree first: Poly{-1, 2, 3} is 3x^2 + 2x - 1.
type Poly []float64

func (p Poly) Degree() int {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] != 0 {
			return i
		}
	}
	return -1
}

// Eval uses Horner's rule.
func (p Poly) Eval(x float64) float64 {
	var r float64
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + p[i]
	}
	return r
}

func (p Poly) Derivative() Poly {
	d := make(Poly, max(len(p)-1, 1))
	for i := 1; i < len(p); i++ {
		d[i-1] = p[i] * float64(i)
	}
	return d
}

func (p Poly) Add(q Poly) Poly {
	if len(p) < len(q) {
		p, q = q, p
	}
	r := append(Poly(nil), p...)
	for i, c := range q {
		r[i] += c
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

func (p Poly) String() string {
	var sb strings.Builder
	for i := p.Degree(); i >= 0; i-- {
		c := p[i]
		if c == 0 {
			continue
		}
		switch {
		case sb.Len() == 0 && c < 0:
			sb.WriteString("-")
		case sb.Len() > 0 && c < 0:
			sb.WriteString(" - ")
		case sb.Len() > 0:
			sb.WriteString(" + ")
		}
		if math.Abs(c) != 1 || i == 0 {
			fmt.Fprintf(&sb, "%g", math.Abs(c))
		}
		if i == 1 {
			sb.WriteString("x")
		} else if i > 1 {
			fmt.Fprintf(&sb, "x^%d", i)
		}
	}
	if sb.Len() == 0 {
		return "0"
	}
	return sb.String()
}

func main() {
	p, q := Poly{-1, 2, 3}, Poly{4, 0, -1, 1}
	fmt.Printf("p(x) = %v (degree %d), q(x) = %v (degree %d)\n", p, p.Degree(), q, q.Degree())
	fmt.Println("p'(x) =", p.Derivative(), "| q'(x) =", q.Derivative(), "| q''(x) =", q.Derivative().Derivative())
	fmt.Println("p + q =", p.Add(q), "| p * q =", p.Mul(q))
	fmt.Println("zero:", Poly{0, 0}, "const:", Poly{-7}, "frac:", Poly{0, 0.5, -1.25})
	for _, x := range []float64{-2, -1, 0, 0.5, 1, 3} {
		fmt.Printf("x=%5.1f  p=%8.3f  q=%8.3f  (pq)=%9.3f\n", x, p.Eval(x), q.Eval(x), p.Mul(q).Eval(x))
	}
	fmt.Printf("%v | %+v | %d\n", p, []float64(p), len(p))
}
