package main

import (
	"errors"
	"fmt"
	"math"
)

var ErrNoSignChange = errors.New("function does not change sign on interval")

type Func func(float64) float64

// Bisect finds a root of f in [a, b] to within tol.
func Bisect(f Func, a, b, tol float64, maxIter int) (float64, int, error) {
	fa, fb := f(a), f(b)
	if fa == 0 {
		return a, 0, nil
	}
	if fb == 0 {
		return b, 0, nil
	}
	if math.Signbit(fa) == math.Signbit(fb) {
		return math.NaN(), 0, fmt.Errorf("bisect [%g, %g]: %w", a, b, ErrNoSignChange)
	}
	for i := 1; i <= maxIter; i++ {
		m := a + (b-a)/2
		fm := f(m)
		if fm == 0 || (b-a)/2 < tol {
			return m, i, nil
		}
		if math.Signbit(fm) == math.Signbit(fa) {
			a, fa = m, fm
		} else {
			b = m
		}
	}
	return a + (b-a)/2, maxIter, nil
}

func main() {
	problems := []struct {
		name string
		f    Func
		a, b float64
	}{
		{"x^2 - 2", func(x float64) float64 { return x*x - 2 }, 0, 2},
		{"cos(x) - x", func(x float64) float64 { return math.Cos(x) - x }, 0, 1},
		{"x^3 - x - 2", func(x float64) float64 { return x*x*x - x - 2 }, 1, 2},
		{"exp(-x) - x", func(x float64) float64 { return math.Exp(-x) - x }, 0, 1},
		{"x^2 + 1", func(x float64) float64 { return x*x + 1 }, -1, 1},
		{"sin(x)", math.Sin, 3, 4},
	}
	for _, p := range problems {
		root, iters, err := Bisect(p.f, p.a, p.b, 1e-10, 100)
		if err != nil {
			fmt.Printf("%-12s error: %v\n", p.name, err)
			continue
		}
		fmt.Printf("%-12s root=%.10f iters=%2d f(root)=%.2e\n", p.name, root, iters, math.Abs(p.f(root)))
	}

	_, _, err := Bisect(func(x float64) float64 { return x }, 1, 2, 1e-6, 10)
	fmt.Println("errors.Is no sign change:", errors.Is(err, ErrNoSignChange))

	// Convergence table for sqrt(2)
	f := func(x float64) float64 { return x*x - 2 }
	for _, tol := range []float64{1e-2, 1e-4, 1e-6, 1e-8} {
		r, n, _ := Bisect(f, 0, 2, tol, 200)
		fmt.Printf("tol=%.0e iters=%2d err=%.3e\n", tol, n, math.Abs(r-math.Sqrt2))
	}
}
