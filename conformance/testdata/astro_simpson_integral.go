package main

import (
	"fmt"
	"maps"
	"math"
	"slices"
)

type Integrand struct {
	F     func(float64) float64
	A, B  float64
	Exact float64
}

func trapezoid(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	sum := (f(a) + f(b)) / 2
	for i := 1; i < n; i++ {
		sum += f(a + float64(i)*h)
	}
	return sum * h
}

func simpson(f func(float64) float64, a, b float64, n int) float64 {
	if n%2 == 1 {
		n++
	}
	h := (b - a) / float64(n)
	sum := f(a) + f(b)
	for i := 1; i < n; i++ {
		w := 2.0
		if i%2 == 1 {
			w = 4.0
		}
		sum += w * f(a+float64(i)*h)
	}
	return sum * h / 3
}

func midpoint(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	sum := 0.0
	for i := range n {
		sum += f(a + (float64(i)+0.5)*h)
	}
	return sum * h
}

func main() {
	cases := map[string]Integrand{
		"sin x, 0..pi":       {math.Sin, 0, math.Pi, 2},
		"x^2, 0..3":          {func(x float64) float64 { return x * x }, 0, 3, 9},
		"e^x, 0..1":          {math.Exp, 0, 1, math.E - 1},
		"1/(1+x^2), 0..1":    {func(x float64) float64 { return 1 / (1 + x*x) }, 0, 1, math.Pi / 4},
		"sqrt(1-x^2), -1..1": {func(x float64) float64 { return math.Sqrt(max(0, 1-x*x)) }, -1, 1, math.Pi / 2},
	}

	const n = 16
	fmt.Printf("n = %d subintervals\n", n)
	fmt.Printf("%-20s %12s %12s %12s %12s\n", "integral", "exact", "midpoint", "trapezoid", "simpson")
	for _, name := range slices.Sorted(maps.Keys(cases)) {
		c := cases[name]
		fmt.Printf("%-20s %12.8f %12.8f %12.8f %12.8f\n", name, c.Exact,
			midpoint(c.F, c.A, c.B, n), trapezoid(c.F, c.A, c.B, n), simpson(c.F, c.A, c.B, n))
	}

	fmt.Println("error of each rule for sin x on [0, pi]:")
	prevT, prevS := 0.0, 0.0
	for _, m := range []int{4, 8, 16, 32, 64} {
		et := math.Abs(trapezoid(math.Sin, 0, math.Pi, m) - 2)
		es := math.Abs(simpson(math.Sin, 0, math.Pi, m) - 2)
		line := fmt.Sprintf("  n=%3d trap=%.3e simp=%.3e", m, et, es)
		if prevT > 0 {
			line += fmt.Sprintf("  ratios %.2f %.2f", prevT/et, prevS/es)
		}
		fmt.Println(line)
		prevT, prevS = et, es
	}

	// Estimate pi from the quarter circle area.
	piEst := 4 * simpson(func(x float64) float64 { return math.Sqrt(1 - x*x) }, 0, 1, 1000)
	fmt.Printf("pi from quarter circle (n=1000): %.6f\n", piEst)
}
