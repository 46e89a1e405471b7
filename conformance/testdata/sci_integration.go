package main

import (
	"fmt"
	"math"
)

type Func func(float64) float64

// Trapezoid applies the composite trapezoidal rule with n panels.
func Trapezoid(f Func, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := 0.5 * (f(a) + f(b))
	for i := 1; i < n; i++ {
		s += f(a + float64(i)*h)
	}
	return s * h
}

// Simpson applies composite Simpson's 1/3 rule; n must be even.
func Simpson(f Func, a, b float64, n int) float64 {
	if n%2 != 0 {
		n++
	}
	h := (b - a) / float64(n)
	s := f(a) + f(b)
	for i := 1; i < n; i++ {
		x := a + float64(i)*h
		if i%2 == 1 {
			s += 4 * f(x)
		} else {
			s += 2 * f(x)
		}
	}
	return s * h / 3
}

// Romberg builds a Richardson extrapolation table from trapezoid estimates.
func Romberg(f Func, a, b float64, levels int) float64 {
	R := make([][]float64, levels)
	for i := range R {
		R[i] = make([]float64, i+1)
		R[i][0] = Trapezoid(f, a, b, 1<<i)
		for j := 1; j <= i; j++ {
			k := math.Pow(4, float64(j))
			R[i][j] = (k*R[i][j-1] - R[i-1][j-1]) / (k - 1)
		}
	}
	return R[levels-1][levels-1]
}

type problem struct {
	name  string
	f     Func
	a, b  float64
	exact float64
}

func main() {
	problems := []problem{
		{"sin(x) on [0,pi]", math.Sin, 0, math.Pi, 2},
		{"exp(x) on [0,1]", math.Exp, 0, 1, math.E - 1},
		{"4/(1+x^2) on [0,1]", func(x float64) float64 { return 4 / (1 + x*x) }, 0, 1, math.Pi},
		{"sqrt(x) on [0,1]", math.Sqrt, 0, 1, 2.0 / 3},
	}
	for _, p := range problems {
		fmt.Printf("%s, exact = %.12f\n", p.name, p.exact)
		fmt.Printf("  %5s %14s %10s %14s %10s\n", "n", "trapezoid", "error", "simpson", "error")
		prevT, prevS := 0.0, 0.0
		for n := 4; n <= 64; n *= 2 {
			t := Trapezoid(p.f, p.a, p.b, n)
			s := Simpson(p.f, p.a, p.b, n)
			et, es := math.Abs(t-p.exact), math.Abs(s-p.exact)
			fmt.Printf("  %5d %14.10f %10.2e %14.10f %10.2e", n, t, et, s, es)
			if prevT > 0 && es > 0 {
				fmt.Printf("  ratio T %.1f S %.1f", prevT/et, prevS/es)
			}
			fmt.Println()
			prevT, prevS = et, es
		}
		r := Romberg(p.f, p.a, p.b, 6)
		fmt.Printf("  Romberg(6 levels) = %.12f, error %.2e\n", r, math.Abs(r-p.exact))
	}

	// Standard normal CDF via Simpson compared with math.Erf.
	phi := func(x float64) float64 { return math.Exp(-x*x/2) / math.Sqrt(2*math.Pi) }
	fmt.Println("Normal CDF  z     simpson       erf-based")
	for _, z := range []float64{0.5, 1, 1.96, 3} {
		s := 0.5 + Simpson(phi, 0, z, 100)
		e := 0.5 * (1 + math.Erf(z/math.Sqrt2))
		fmt.Printf("         %5.2f  %.10f  %.10f\n", z, s, e)
	}
}
