package main

import (
	"errors"
	"fmt"
	"math"
)

const tol = 1e-12

var errNoConvergence = errors.New("did not converge")

func bisection(f func(float64) float64, a, b float64) (float64, int, error) {
	fa := f(a)
	if fa*f(b) > 0 {
		return 0, 0, fmt.Errorf("no sign change on [%g, %g]", a, b)
	}
	for i := 1; i <= 200; i++ {
		m := a + (b-a)/2
		fm := f(m)
		if fm == 0 || (b-a)/2 < tol {
			return m, i, nil
		}
		if fa*fm < 0 {
			b = m
		} else {
			a, fa = m, fm
		}
	}
	return 0, 200, errNoConvergence
}

func newton(f, df func(float64) float64, x0 float64, trace bool) (float64, int, error) {
	x := x0
	for i := 1; i <= 50; i++ {
		d := df(x)
		if d == 0 {
			return x, i, errors.New("zero derivative")
		}
		next := x - f(x)/d
		if trace {
			fmt.Printf("    iter %d: x = %.15f  |dx| = %.3e\n", i, next, math.Abs(next-x))
		}
		if math.Abs(next-x) < tol {
			return next, i, nil
		}
		x = next
	}
	return x, 50, errNoConvergence
}

func secant(f func(float64) float64, x0, x1 float64) (float64, int, error) {
	for i := 1; i <= 100; i++ {
		f0, f1 := f(x0), f(x1)
		if f1 == f0 {
			return x1, i, errNoConvergence
		}
		x2 := x1 - f1*(x1-x0)/(f1-f0)
		if math.Abs(x2-x1) < tol {
			return x2, i, nil
		}
		x0, x1 = x1, x2
	}
	return x1, 100, errNoConvergence
}

func main() {
	type eq struct {
		name string
		f    func(float64) float64
		df   func(float64) float64
		a, b float64
	}
	eqs := []eq{
		{"x^3 - 2x - 5 (Wallis)", func(x float64) float64 { return x*x*x - 2*x - 5 },
			func(x float64) float64 { return 3*x*x - 2 }, 2, 3},
		{"cos(x) - x", func(x float64) float64 { return math.Cos(x) - x },
			func(x float64) float64 { return -math.Sin(x) - 1 }, 0, 1},
		{"x^2 - 2", func(x float64) float64 { return x*x - 2 },
			func(x float64) float64 { return 2 * x }, 1, 2},
		{"exp(-x) - x/5", func(x float64) float64 { return math.Exp(-x) - x/5 },
			func(x float64) float64 { return -math.Exp(-x) - 0.2 }, 0, 2},
	}
	for _, e := range eqs {
		fmt.Println(e.name)
		if r, n, err := bisection(e.f, e.a, e.b); err == nil {
			fmt.Printf("  bisection: %.12f in %3d steps\n", r, n)
		}
		if r, n, err := newton(e.f, e.df, e.b, false); err == nil {
			fmt.Printf("  newton:    %.12f in %3d steps\n", r, n)
		}
		if r, n, err := secant(e.f, e.a, e.b); err == nil {
			fmt.Printf("  secant:    %.12f in %3d steps\n", r, n)
		}
	}

	fmt.Println("Newton for sqrt(612) from x0 = 10 (quadratic convergence):")
	r, _, _ := newton(func(x float64) float64 { return x*x - 612 },
		func(x float64) float64 { return 2 * x }, 10, true)
	fmt.Printf("  result %.12f vs math.Sqrt %.12f\n", r, math.Sqrt(612))

	_, _, err := bisection(func(x float64) float64 { return x*x + 1 }, -1, 1)
	fmt.Println("x^2+1 on [-1,1]:", err)
	_, _, err = newton(func(x float64) float64 { return x*x*x - 1 },
		func(x float64) float64 { return 3 * x * x }, 0, false)
	fmt.Println("x^3-1 from x0=0:", err)
}
