package main

import (
	"fmt"
	"math"
	"slices"
)

type Curve func(float64) float64

func Linear(bonus float64) Curve {
	return func(s float64) float64 { return min(100, s+bonus) }
}

func SquareRoot() Curve {
	return func(s float64) float64 { return 10 * math.Sqrt(s) }
}

func Chain(curves ...Curve) Curve {
	return func(s float64) float64 {
		for _, c := range curves {
			s = c(s)
		}
		return s
	}
}

func counter(label string) (func() int, func() string) {
	n := 0
	inc := func() int {
		n++
		return n
	}
	report := func() string { return fmt.Sprintf("%s: %d", label, n) }
	return inc, report
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		misses++
		cache[x] = f(x)
		return cache[x]
	}, &misses
}

func main() {
	raw := []float64{49, 64, 81, 36, 100}
	curves := []struct {
		name string
		fn   Curve
	}{
		{"none", func(s float64) float64 { return s }},
		{"+5", Linear(5)},
		{"sqrt", SquareRoot()},
		{"sqrt+5", Chain(SquareRoot(), Linear(5))},
	}
	for _, c := range curves {
		fmt.Printf("%-7s", c.name)
		for _, s := range raw {
			fmt.Printf(" %6.2f", c.fn(s))
		}
		fmt.Println()
	}

	passInc, passReport := counter("passes")
	failInc, failReport := counter("fails")
	for _, s := range raw {
		if SquareRoot()(s) >= 70 {
			passInc()
		} else {
			failInc()
		}
	}
	fmt.Println(passReport(), "|", failReport())

	var funcs []func() string
	for i := range 3 {
		funcs = append(funcs, func() string { return fmt.Sprint("period ", i+1) })
	}
	for _, f := range funcs {
		fmt.Println(f())
	}

	slow := func(n int) int { return n * n }
	fast, misses := memoize(slow)
	for _, x := range []int{3, 4, 3, 3, 5, 4} {
		fast(x)
	}
	fmt.Println("cache misses:", *misses)

	scores := slices.Clone(raw)
	threshold := 60.0
	scores = slices.DeleteFunc(scores, func(s float64) bool { return s < threshold })
	fmt.Println("kept:", scores)
}
