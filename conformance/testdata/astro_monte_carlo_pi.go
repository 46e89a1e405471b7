package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
)

type Result struct {
	Worker int
	Inside int
	Total  int
}

func (r Result) Estimate() float64 { return 4 * float64(r.Inside) / float64(r.Total) }

// sample throws darts at the unit square and counts those inside the quarter circle.
func sample(worker, n int) Result {
	rng := rand.New(rand.NewPCG(1, uint64(worker)))
	inside := 0
	for range n {
		x, y := rng.Float64(), rng.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	return Result{Worker: worker, Inside: inside, Total: n}
}

func main() {
	const workers = 8
	const perWorker = 250_000

	results := make([]Result, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[w] = sample(w, perWorker)
		}()
	}
	wg.Wait()

	total := Result{Worker: -1}
	for _, r := range results {
		fmt.Printf("worker %d: %d/%d inside, pi ~ %.5f\n", r.Worker, r.Inside, r.Total, r.Estimate())
		total.Inside += r.Inside
		total.Total += r.Total
	}
	est := total.Estimate()
	fmt.Printf("combined: pi ~ %.5f from %d samples\n", est, total.Total)
	fmt.Printf("error: %.5f\n", math.Abs(est-math.Pi))
	// standard error of a binomial proportion scaled by 4
	p := float64(total.Inside) / float64(total.Total)
	se := 4 * math.Sqrt(p*(1-p)/float64(total.Total))
	fmt.Printf("standard error: %.5f, within 3 sigma: %t\n", se, math.Abs(est-math.Pi) < 3*se)

	// Convergence with a single generator.
	rng := rand.New(rand.NewPCG(1, 2))
	inside := 0
	next := 10
	for i := 1; i <= 1_000_000; i++ {
		x, y := rng.Float64(), rng.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
		if i == next {
			est := 4 * float64(inside) / float64(i)
			fmt.Printf("n=%8d pi ~ %.6f  error %.2e\n", i, est, math.Abs(est-math.Pi))
			next *= 10
		}
	}
}
