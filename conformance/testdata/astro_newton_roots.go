package main

import (
	"errors"
	"fmt"
	"math"
)

var ErrNoConvergence = errors.New("newton: did not converge")

type Problem struct {
	Name  string
	F, DF func(float64) float64
	Guess float64
}

// Newton runs Newton's method and returns the root and the number of steps.
func Newton(f, df func(float64) float64, x0, tol float64, maxIter int) (float64, int, error) {
	x := x0
	for i := 1; i <= maxIter; i++ {
		d := df(x)
		if d == 0 {
			return x, i, fmt.Errorf("zero derivative at x=%g: %w", x, ErrNoConvergence)
		}
		next := x - f(x)/d
		if math.Abs(next-x) < tol {
			return next, i, nil
		}
		x = next
	}
	return x, maxIter, ErrNoConvergence
}

// kepler returns a problem for Kepler's equation M = E - e sin E.
func kepler(meanAnomaly, ecc float64) Problem {
	return Problem{
		Name:  fmt.Sprintf("Kepler M=%.1f e=%.2f", meanAnomaly, ecc),
		F:     func(E float64) float64 { return E - ecc*math.Sin(E) - meanAnomaly },
		DF:    func(E float64) float64 { return 1 - ecc*math.Cos(E) },
		Guess: meanAnomaly,
	}
}

func main() {
	problems := []Problem{
		{"sqrt(2)", func(x float64) float64 { return x*x - 2 }, func(x float64) float64 { return 2 * x }, 1},
		{"cbrt(10)", func(x float64) float64 { return x*x*x - 10 }, func(x float64) float64 { return 3 * x * x }, 2},
		{"cos x = x", func(x float64) float64 { return math.Cos(x) - x }, func(x float64) float64 { return -math.Sin(x) - 1 }, 1},
		{"x^3-2x+2", func(x float64) float64 { return x*x*x - 2*x + 2 }, func(x float64) float64 { return 3*x*x - 2 }, 0},
		{"x^2+1", func(x float64) float64 { return x*x + 1 }, func(x float64) float64 { return 2 * x }, 0},
		kepler(1.0, 0.2),
		kepler(2.5, 0.9),
	}
	for _, p := range problems {
		root, steps, err := Newton(p.F, p.DF, p.Guess, 1e-12, 50)
		switch {
		case errors.Is(err, ErrNoConvergence):
			fmt.Printf("%-20s failed after %2d steps: %v\n", p.Name, steps, err)
		default:
			fmt.Printf("%-20s root=%.10f steps=%d residual<1e-9: %t\n", p.Name, root, steps, math.Abs(p.F(root)) < 1e-9)
		}
	}

	fmt.Println("quadratic convergence for sqrt(2):")
	x := 1.0
	for i := range 4 {
		x = x - (x*x-2)/(2*x)
		fmt.Printf("  iter %d: x=%.15f error=%.2e\n", i+1, x, math.Abs(x-math.Sqrt2))
	}
}
