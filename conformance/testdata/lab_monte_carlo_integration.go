// Lab 22: parallel Monte Carlo integration. Each worker has its own
// generator seeded from (seed, worker id) and a fixed number of samples, and
// the partial sums are combined in worker order, so the estimate does not
// depend on how the goroutines are scheduled.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
)

type Integrand struct {
	Name  string
	F     func(float64) float64
	A, B  float64
	Exact float64
}

func (it Integrand) String() string {
	return fmt.Sprintf("%s on [%.4f, %.4f]", it.Name, it.A, it.B)
}

func estimate(it Integrand, seed uint64, workers, samplesPerWorker int) float64 {
	partial := make([]float64, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(seed, uint64(w)))
			sum := 0.0
			for range samplesPerWorker {
				x := it.A + (it.B-it.A)*r.Float64()
				sum += it.F(x)
			}
			partial[w] = sum
		})
	}
	wg.Wait()
	total := 0.0
	for _, p := range partial {
		total += p
	}
	return (it.B - it.A) * total / float64(workers*samplesPerWorker)
}

func main() {
	integrands := []Integrand{
		{"4/(1+x^2)", func(x float64) float64 { return 4 / (1 + x*x) }, 0, 1, math.Pi},
		{"sin(x)", math.Sin, 0, math.Pi, 2},
		{"x^3", func(x float64) float64 { return x * x * x }, 0, 2, 4},
		{"exp(-x^2)", func(x float64) float64 { return math.Exp(-x * x) }, -3, 3, math.Sqrt(math.Pi) * math.Erf(3)},
	}
	const seed = 2024
	for _, it := range integrands {
		est := estimate(it, seed, 8, 20000)
		again := estimate(it, seed, 8, 20000)
		fmt.Printf("%-28v est=%.4f exact=%.4f err=%.4f reproducible=%v\n",
			it, est, it.Exact, math.Abs(est-it.Exact), est == again)
	}
}
