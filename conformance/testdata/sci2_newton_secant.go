package main

import (
	"errors"
	"fmt"
	"math"
)

type Result struct {
	Root  float64
	Iters int
}

var ErrZeroDerivative = errors.New("zero derivative")
var ErrNoConvergence = errors.New("did not converge")

func Newton(f, df func(float64) float64, x0, tol float64, maxIter int) (Result, error) {
	x := x0
	for i := 1; i <= maxIter; i++ {
		d := df(x)
		if d == 0 {
			return Result{x, i}, fmt.Errorf("newton at x=%g: %w", x, ErrZeroDerivative)
		}
		next := x - f(x)/d
		if math.Abs(next-x) < tol {
			return Result{next, i}, nil
		}
		x = next
	}
	return Result{x, maxIter}, ErrNoConvergence
}

func Secant(f func(float64) float64, x0, x1, tol float64, maxIter int) (Result, error) {
	f0, f1 := f(x0), f(x1)
	for i := 1; i <= maxIter; i++ {
		if f1 == f0 {
			return Result{x1, i}, ErrZeroDerivative
		}
		x2 := x1 - f1*(x1-x0)/(f1-f0)
		if math.Abs(x2-x1) < tol {
			return Result{x2, i}, nil
		}
		x0, f0 = x1, f1
		x1, f1 = x2, f(x2)
	}
	return Result{x1, maxIter}, ErrNoConvergence
}

func main() {
	f := func(x float64) float64 { return x*x*x - 2*x - 5 }
	df := func(x float64) float64 { return 3*x*x - 2 }

	r, err := Newton(f, df, 2, 1e-12, 50)
	fmt.Printf("Newton  root=%.12f iters=%d err=%v\n", r.Root, r.Iters, err)
	r, err = Secant(f, 2, 3, 1e-12, 50)
	fmt.Printf("Secant  root=%.12f iters=%d err=%v\n", r.Root, r.Iters, err)

	// Square roots via Newton
	for _, a := range []float64{2, 10, 144, 0.25} {
		g := func(x float64) float64 { return x*x - a }
		dg := func(x float64) float64 { return 2 * x }
		res, _ := Newton(g, dg, a, 1e-14, 100)
		fmt.Printf("sqrt(%6.2f) = %.10f (math: %.10f) iters=%d\n", a, res.Root, math.Sqrt(a), res.Iters)
	}

	// Zero derivative error
	_, err = Newton(func(x float64) float64 { return x*x + 1 }, func(x float64) float64 { return 2 * x }, 0, 1e-10, 10)
	fmt.Println("zero derivative:", err, errors.Is(err, ErrZeroDerivative))

	// Non-convergence: oscillating Newton on x^3 - 2x + 2 from 0
	_, err = Newton(func(x float64) float64 { return x*x*x - 2*x + 2 },
		func(x float64) float64 { return 3*x*x - 2 }, 0, 1e-10, 20)
	fmt.Println("oscillation:", err)

	// Newton iteration trace for cube root of 27
	x := 5.0
	for i := 0; i < 6; i++ {
		fmt.Printf("step %d: x=%.10f\n", i, x)
		x = x - (x*x*x-27)/(3*x*x)
	}
}
