package main

import (
	"fmt"
	"math"
)

type Integrand func(float64) float64

func Trapezoid(f Integrand, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	sum := (f(a) + f(b)) / 2
	for i := 1; i < n; i++ {
		sum += f(a + float64(i)*h)
	}
	return sum * h
}

func Simpson(f Integrand, a, b float64, n int) (float64, error) {
	if n%2 != 0 {
		return math.NaN(), fmt.Errorf("simpson: n must be even, got %d", n)
	}
	h := (b - a) / float64(n)
	sum := f(a) + f(b)
	for i := 1; i < n; i++ {
		x := a + float64(i)*h
		if i%2 == 1 {
			sum += 4 * f(x)
		} else {
			sum += 2 * f(x)
		}
	}
	return sum * h / 3, nil
}

func Midpoint(f Integrand, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	sum := 0.0
	for i := 0; i < n; i++ {
		sum += f(a + (float64(i)+0.5)*h)
	}
	return sum * h
}

func main() {
	cases := []struct {
		name  string
		f     Integrand
		a, b  float64
		exact float64
	}{
		{"sin on [0,pi]", math.Sin, 0, math.Pi, 2},
		{"x^2 on [0,3]", func(x float64) float64 { return x * x }, 0, 3, 9},
		{"exp on [0,1]", math.Exp, 0, 1, math.E - 1},
		{"1/x on [1,e]", func(x float64) float64 { return 1 / x }, 1, math.E, 1},
		{"4/(1+x^2) [0,1]", func(x float64) float64 { return 4 / (1 + x*x) }, 0, 1, math.Pi},
	}
	fmt.Printf("%-16s %4s %14s %14s %14s\n", "integral", "n", "trap err", "mid err", "simp err")
	for _, c := range cases {
		for _, n := range []int{4, 16, 64} {
			t := Trapezoid(c.f, c.a, c.b, n)
			m := Midpoint(c.f, c.a, c.b, n)
			s, _ := Simpson(c.f, c.a, c.b, n)
			fmt.Printf("%-16s %4d %14.3e %14.3e %14.3e\n", c.name, n,
				math.Abs(t-c.exact), math.Abs(m-c.exact), math.Abs(s-c.exact))
		}
	}
	if _, err := Simpson(math.Sin, 0, 1, 5); err != nil {
		fmt.Println("error:", err)
	}
	// Richardson extrapolation from trapezoid
	f := math.Exp
	t1 := Trapezoid(f, 0, 1, 8)
	t2 := Trapezoid(f, 0, 1, 16)
	rich := t2 + (t2-t1)/3
	fmt.Printf("richardson: %.12f exact: %.12f\n", rich, math.E-1)
}
