// Monte Carlo estimate of pi; each worker owns a seeded PCG generator,
// so the combined estimate does not depend on scheduling.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
)

const (
	workers       = 6
	samplesPerJob = 20_000
	seed          = 2024
)

type tally struct {
	inside, total int
}

func (t tally) add(o tally) tally {
	return tally{t.inside + o.inside, t.total + o.total}
}

func (t tally) estimate() float64 {
	return 4 * float64(t.inside) / float64(t.total)
}

func sample(r *rand.Rand, n int) tally {
	var t tally
	for range n {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			t.inside++
		}
		t.total++
	}
	return t
}

func run(nWorkers int) ([]tally, tally) {
	parts := make([]tally, nWorkers)
	var wg sync.WaitGroup
	for w := range nWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, uint64(w)))
			parts[w] = sample(r, samplesPerJob)
		}()
	}
	wg.Wait()
	var sum tally
	for _, p := range parts {
		sum = sum.add(p)
	}
	return parts, sum
}

func main() {
	parts, sum := run(workers)
	for w, p := range parts {
		fmt.Printf("worker %d: %d/%d inside, local pi=%.4f\n", w, p.inside, p.total, p.estimate())
	}
	fmt.Printf("combined: %d samples, pi ~ %.4f\n", sum.total, sum.estimate())
	fmt.Printf("error below 0.05: %v\n", math.Abs(sum.estimate()-math.Pi) < 0.05)

	_, again := run(workers)
	fmt.Println("reproducible:", again == sum)
}
