// Homework 2, problem 18: Monte Carlo estimation with per-worker RNGs.
// Sharing one random generator between goroutines needs a lock and makes the
// result depend on scheduling. Instead each worker gets its own PCG stream,
// seeded with (seed, workerID), so the final estimate is reproducible.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
)

// WorkerStats holds the per-worker tallies.
type WorkerStats struct {
	ID       int
	Samples  int
	InCircle int
	SumSq    float64 // sum of x^2 for estimating the integral of x^2 on [0,1]
}

func simulate(id, samples int, seed uint64) WorkerStats {
	rng := rand.New(rand.NewPCG(seed, uint64(id)))
	st := WorkerStats{ID: id, Samples: samples}
	for i := 0; i < samples; i++ {
		x, y := rng.Float64(), rng.Float64()
		if x*x+y*y <= 1 {
			st.InCircle++
		}
		st.SumSq += x * x
	}
	return st
}

func runExperiment(workers, samplesEach int, seed uint64) []WorkerStats {
	stats := make([]WorkerStats, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Go(func() { stats[w] = simulate(w, samplesEach, seed) })
	}
	wg.Wait()
	return stats
}

func main() {
	const workers, samplesEach, seed = 4, 4000, 12345
	stats := runExperiment(workers, samplesEach, seed)

	fmt.Println("Monte Carlo estimation with seeded per-worker RNGs")
	total, inside := 0, 0
	sumSq := 0.0
	for _, s := range stats {
		fmt.Printf("worker %d: %d samples, %d in circle, local pi %.4f\n",
			s.ID, s.Samples, s.InCircle, 4*float64(s.InCircle)/float64(s.Samples))
		total += s.Samples
		inside += s.InCircle
		sumSq += s.SumSq
	}
	pi := 4 * float64(inside) / float64(total)
	integral := sumSq / float64(total)
	fmt.Printf("pi estimate: %.5f (error %.5f)\n", pi, math.Abs(pi-math.Pi))
	fmt.Printf("integral of x^2 on [0,1]: %.5f (exact 0.33333)\n", integral)

	// rerun to demonstrate reproducibility
	again := runExperiment(workers, samplesEach, seed)
	same := true
	for i := range again {
		if again[i] != stats[i] {
			same = false
		}
	}
	fmt.Println("second run identical:", same)
}
