package main

import (
	"errors"
	"fmt"
	"math"
)

type Func func(float64) float64

var ErrNoSignChange = errors.New("no sign change in interval")

type NoConvergenceError struct {
	Method string
	Iters  int
}

func (e NoConvergenceError) Error() string {
	return fmt.Sprintf("%s did not converge after %d iterations", e.Method, e.Iters)
}

func bisection(f Func, a, b, tol float64) (float64, int, error) {
	fa := f(a)
	if fa*f(b) > 0 {
		return 0, 0, fmt.Errorf("bisection on [%g, %g]: %w", a, b, ErrNoSignChange)
	}
	iters := 0
	for b-a > tol {
		iters++
		mid := (a + b) / 2
		fm := f(mid)
		if fa*fm <= 0 {
			b = mid
		} else {
			a, fa = mid, fm
		}
	}
	return (a + b) / 2, iters, nil
}

func newton(f, df Func, x0, tol float64, maxIter int) (float64, int, error) {
	x := x0
	for i := 1; i <= maxIter; i++ {
		d := df(x)
		if d == 0 {
			return x, i, NoConvergenceError{"newton (zero derivative)", i}
		}
		next := x - f(x)/d
		if math.Abs(next-x) < tol {
			return next, i, nil
		}
		x = next
	}
	return x, maxIter, NoConvergenceError{"newton", maxIter}
}

func main() {
	problems := []struct {
		name  string
		f, df Func
		a, b  float64
		x0    float64
	}{
		{"x^2 - 2", func(x float64) float64 { return x*x - 2 }, func(x float64) float64 { return 2 * x }, 0, 2, 1},
		{"cos(x) - x", func(x float64) float64 { return math.Cos(x) - x }, func(x float64) float64 { return -math.Sin(x) - 1 }, 0, 1, 0.5},
		{"x^3 - x - 2", func(x float64) float64 { return x*x*x - x - 2 }, func(x float64) float64 { return 3*x*x - 1 }, 1, 2, 1.5},
		{"x^2 + 1", func(x float64) float64 { return x*x + 1 }, func(x float64) float64 { return 2 * x }, -1, 1, 0},
		{"atan(x)", math.Atan, func(x float64) float64 { return 1 / (1 + x*x) }, -1, 2, 1.5},
	}
	for _, p := range problems {
		fmt.Printf("f(x) = %s\n", p.name)
		if r, n, err := bisection(p.f, p.a, p.b, 1e-10); err != nil {
			fmt.Println("  bisection error:", err, "| sign:", errors.Is(err, ErrNoSignChange))
		} else {
			fmt.Printf("  bisection: %.8f after %d steps, f(r)=%.1e\n", r, n, math.Abs(p.f(r)))
		}
		r, n, err := newton(p.f, p.df, p.x0, 1e-12, 20)
		var nc NoConvergenceError
		if errors.As(err, &nc) {
			fmt.Printf("  newton error: %v (method=%q)\n", err, nc.Method)
			continue
		}
		fmt.Printf("  newton:    %.8f after %d steps\n", r, n)
	}
	fmt.Printf("sqrt(2) for comparison: %.8f\n", math.Sqrt2)
}
