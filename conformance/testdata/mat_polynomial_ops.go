package main

import (
	"fmt"
	"strings"
)

// Poly holds coefficients, lowest degree first.
type Poly []int

func (p Poly) trim() Poly {
	for len(p) > 1 && p[len(p)-1] == 0 {
		p = p[:len(p)-1]
	}
	return p
}

func (p Poly) Degree() int { return len(p.trim()) - 1 }

func (p Poly) Add(q Poly) Poly {
	n := max(len(p), len(q))
	r := make(Poly, n)
	for i := range r {
		if i < len(p) {
			r[i] += p[i]
		}
		if i < len(q) {
			r[i] += q[i]
		}
	}
	return r.trim()
}

func (p Poly) Mul(q Poly) Poly {
	r := make(Poly, len(p)+len(q)-1)
	for i, a := range p {
		for j, b := range q {
			r[i+j] += a * b
		}
	}
	return r.trim()
}

// Eval uses Horner's rule.
func (p Poly) Eval(x int) int {
	acc := 0
	for i := len(p) - 1; i >= 0; i-- {
		acc = acc*x + p[i]
	}
	return acc
}

func (p Poly) Derivative() Poly {
	if len(p) <= 1 {
		return Poly{0}
	}
	r := make(Poly, len(p)-1)
	for i := 1; i < len(p); i++ {
		r[i-1] = i * p[i]
	}
	return r.trim()
}

func (p Poly) String() string {
	p = p.trim()
	var sb strings.Builder
	for i := len(p) - 1; i >= 0; i-- {
		c := p[i]
		if c == 0 && len(p) > 1 {
			continue
		}
		if sb.Len() > 0 {
			if c < 0 {
				sb.WriteString(" - ")
				c = -c
			} else {
				sb.WriteString(" + ")
			}
		} else if c < 0 {
			sb.WriteString("-")
			c = -c
		}
		if c != 1 || i == 0 {
			fmt.Fprintf(&sb, "%d", c)
		}
		switch {
		case i == 1:
			sb.WriteString("x")
		case i > 1:
			fmt.Fprintf(&sb, "x^%d", i)
		}
	}
	return sb.String()
}

func main() {
	p := Poly{1, -3, 0, 2}
	q := Poly{-1, 1}
	fmt.Println("p(x) =", p, " degree", p.Degree())
	fmt.Println("q(x) =", q)
	fmt.Println("p + q =", p.Add(q))
	fmt.Println("p * q =", p.Mul(q))
	fmt.Println("p'(x) =", p.Derivative())
	fmt.Println("p''(x) =", p.Derivative().Derivative())

	for x := -2; x <= 2; x++ {
		fmt.Printf("p(%2d) = %4d   q(%2d) = %2d\n", x, p.Eval(x), x, q.Eval(x))
	}

	// (x+1)^n gives binomial coefficients.
	pow := Poly{1}
	for n := 1; n <= 6; n++ {
		pow = pow.Mul(Poly{1, 1})
		fmt.Printf("(x+1)^%d = %v\n", n, pow)
	}

	cancel := Poly{0, 0, 5}.Add(Poly{1, 0, -5})
	fmt.Println("5x^2 + (1 - 5x^2) =", cancel, "degree", cancel.Degree())
}
