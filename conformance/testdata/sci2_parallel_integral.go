package main

import (
	"fmt"
	"math"
	"sync"
)

type partial struct {
	index int
	value float64
}

// simpsonRange integrates f over [a,b] with n (even) subintervals.
func simpsonRange(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := f(a) + f(b)
	for i := 1; i < n; i++ {
		w := 2.0
		if i%2 == 1 {
			w = 4
		}
		s += w * f(a+float64(i)*h)
	}
	return s * h / 3
}

func parallelIntegrate(f func(float64) float64, a, b float64, workers, nPer int) float64 {
	results := make(chan partial, workers)
	var wg sync.WaitGroup
	width := (b - a) / float64(workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(idx int) {
			defer wg.Done()
			lo := a + float64(idx)*width
			results <- partial{idx, simpsonRange(f, lo, lo+width, nPer)}
		}(w)
	}
	wg.Wait()
	close(results)
	parts := make([]float64, workers)
	for r := range results {
		parts[r.index] = r.value
	}
	total := 0.0
	for _, v := range parts { // combine in fixed order for determinism
		total += v
	}
	return total
}

func parallelSum(n, workers int) uint64 {
	sums := make([]uint64, workers)
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lo, hi := w*chunk+1, min((w+1)*chunk, n)
			var s uint64
			for i := lo; i <= hi; i++ {
				s += uint64(i) * uint64(i)
			}
			sums[w] = s
		}()
	}
	wg.Wait()
	var total uint64
	for _, s := range sums {
		total += s
	}
	return total
}

func main() {
	integrands := []struct {
		name  string
		f     func(float64) float64
		a, b  float64
		exact float64
	}{
		{"sin", math.Sin, 0, math.Pi, 2},
		{"4/(1+x^2)", func(x float64) float64 { return 4 / (1 + x*x) }, 0, 1, math.Pi},
		{"x*exp(-x)", func(x float64) float64 { return x * math.Exp(-x) }, 0, 10, 1 - 11*math.Exp(-10)},
		{"sqrt(1-x^2)", func(x float64) float64 { return math.Sqrt(1 - x*x) }, -1, 1, math.Pi / 2},
	}
	for _, it := range integrands {
		for _, w := range []int{1, 4, 8} {
			v := parallelIntegrate(it.f, it.a, it.b, w, 200)
			fmt.Printf("%-12s workers=%d value=%.10f err=%.2e\n", it.name, w, v, math.Abs(v-it.exact))
		}
	}
	n := 100000
	for _, w := range []int{1, 3, 7} {
		got := parallelSum(n, w)
		want := uint64(n) * uint64(n+1) * uint64(2*n+1) / 6
		fmt.Printf("sum of squares 1..%d with %d workers = %d (ok=%v)\n", n, w, got, got == want)
	}
}
