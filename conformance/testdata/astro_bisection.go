package main

import (
	"fmt"
	"math"
)

type Result struct {
	Method string
	Root   float64
	Iters  int
	Evals  int
}

// counted wraps f so that we can see how many evaluations each method uses.
func counted(f func(float64) float64) (func(float64) float64, *int) {
	n := 0
	return func(x float64) float64 {
		n++
		return f(x)
	}, &n
}

func bisection(f func(float64) float64, a, b, tol float64) (float64, int) {
	fa := f(a)
	iters := 0
	for b-a > tol {
		iters++
		m := (a + b) / 2
		fm := f(m)
		if fa*fm <= 0 {
			b = m
		} else {
			a, fa = m, fm
		}
	}
	return (a + b) / 2, iters
}

func falsePosition(f func(float64) float64, a, b, tol float64) (float64, int) {
	fa, fb := f(a), f(b)
	c := a
	for i := 1; i <= 200; i++ {
		prev := c
		c = b - fb*(b-a)/(fb-fa)
		fc := f(c)
		if math.Abs(c-prev) < tol || fc == 0 {
			return c, i
		}
		if fa*fc < 0 {
			b, fb = c, fc
		} else {
			a, fa = c, fc
		}
	}
	return c, 200
}

func secant(f func(float64) float64, x0, x1, tol float64) (float64, int) {
	f0, f1 := f(x0), f(x1)
	for i := 1; i <= 100; i++ {
		x2 := x1 - f1*(x1-x0)/(f1-f0)
		if math.Abs(x2-x1) < tol {
			return x2, i
		}
		x0, f0 = x1, f1
		x1, f1 = x2, f(x2)
	}
	return x1, 100
}

func main() {
	// Wallis's classic test equation.
	wallis := func(x float64) float64 { return x*x*x - 2*x - 5 }
	const a, b, tol = 2.0, 3.0, 1e-10

	type method func(func(float64) float64) (float64, int)
	methods := []struct {
		name string
		run  method
	}{
		{"bisection", func(f func(float64) float64) (float64, int) { return bisection(f, a, b, tol) }},
		{"false position", func(f func(float64) float64) (float64, int) { return falsePosition(f, a, b, tol) }},
		{"secant", func(f func(float64) float64) (float64, int) { return secant(f, a, b, tol) }},
	}

	var results []Result
	for _, m := range methods {
		f, n := counted(wallis)
		root, iters := m.run(f)
		results = append(results, Result{Method: m.name, Root: math.Round(root*1e9) / 1e9, Iters: iters, Evals: *n})
	}
	fmt.Println("solving x^3 - 2x - 5 = 0 on [2, 3]")
	for _, r := range results {
		fmt.Printf("%+v\n", r)
	}

	// Bisection iterations needed follow log2((b-a)/tol).
	fmt.Println("bisection iterations by tolerance:")
	for _, t := range []float64{1e-2, 1e-4, 1e-6, 1e-8, 1e-12} {
		_, it := bisection(wallis, a, b, t)
		predicted := int(math.Ceil(math.Log2((b - a) / t)))
		fmt.Printf("  tol=%-6g iters=%2d predicted=%2d\n", t, it, predicted)
	}

	// Find where a falling object reaches 50 m/s with linear drag.
	const gAcc, k = 9.81, 0.15
	velocity := func(t float64) float64 { return gAcc / k * (1 - math.Exp(-k*t)) }
	tHit, _ := bisection(func(t float64) float64 { return velocity(t) - 50 }, 0, 60, 1e-9)
	fmt.Printf("falling object reaches 50 m/s at t=%.4f s (terminal %.2f m/s)\n", tHit, gAcc/k)
}
