package main

import (
	"errors"
	"fmt"
	"math"
)

type Integrator func(f func(float64) float64, a, b float64, n int) (float64, error)

var ErrOddIntervals = errors.New("simpson's rule needs an even number of intervals")

func trapezoid(f func(float64) float64, a, b float64, n int) (float64, error) {
	h := (b - a) / float64(n)
	sum := (f(a) + f(b)) / 2
	for i := 1; i < n; i++ {
		sum += f(a + float64(i)*h)
	}
	return sum * h, nil
}

func simpson(f func(float64) float64, a, b float64, n int) (float64, error) {
	if n%2 != 0 {
		return 0, fmt.Errorf("n=%d: %w", n, ErrOddIntervals)
	}
	h := (b - a) / float64(n)
	sum := f(a) + f(b)
	for i := 1; i < n; i++ {
		w := 4.0
		if i%2 == 0 {
			w = 2
		}
		sum += w * f(a+float64(i)*h)
	}
	return sum * h / 3, nil
}

func midpoint(f func(float64) float64, a, b float64, n int) (float64, error) {
	h := (b - a) / float64(n)
	var sum float64
	for i := range n {
		sum += f(a + (float64(i)+0.5)*h)
	}
	return sum * h, nil
}

type problem struct {
	name  string
	f     func(float64) float64
	a, b  float64
	exact float64
}

func main() {
	calls := 0
	counted := func(f func(float64) float64) func(float64) float64 {
		return func(x float64) float64 {
			calls++
			return f(x)
		}
	}
	problems := []problem{
		{"x^2 on [0,3]", func(x float64) float64 { return x * x }, 0, 3, 9},
		{"sin on [0,pi]", math.Sin, 0, math.Pi, 2},
		{"e^x on [0,1]", math.Exp, 0, 1, math.E - 1},
		{"1/(1+x^2) on [0,1]", func(x float64) float64 { return 1 / (1 + x*x) }, 0, 1, math.Pi / 4},
	}
	methods := []struct {
		name string
		fn   Integrator
	}{{"trapezoid", trapezoid}, {"midpoint", midpoint}, {"simpson", simpson}}

	for _, p := range problems {
		fmt.Printf("%s (exact %.10f)\n", p.name, p.exact)
		for _, m := range methods {
			for _, n := range []int{4, 16, 64} {
				calls = 0
				v, err := m.fn(counted(p.f), p.a, p.b, n)
				if err != nil {
					fmt.Println("  error:", err)
					continue
				}
				fmt.Printf("  %-9s n=%2d  %.10f  err=%9.2e  calls=%d\n", m.name, n, v, math.Abs(v-p.exact), calls)
			}
		}
	}
	if _, err := simpson(math.Sin, 0, 1, 5); errors.Is(err, ErrOddIntervals) {
		fmt.Println("expected failure:", err)
	}
}
