// Lab 8e: Monte-Carlo estimation of pi.
// Every goroutine owns its own generator seeded with (seed, id), so the
// random streams are independent of scheduling and the run is reproducible.
package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
)

type Experiment struct {
	Seed    uint64
	Workers int
	Samples int // per worker
}

type partial struct {
	hits    int
	samples int
}

func (e Experiment) Run() (float64, []partial) {
	parts := make([]partial, e.Workers)
	var wg sync.WaitGroup
	for id := 0; id < e.Workers; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(e.Seed, uint64(id)))
			hits := 0
			for i := 0; i < e.Samples; i++ {
				x, y := rng.Float64(), rng.Float64()
				if x*x+y*y <= 1 {
					hits++
				}
			}
			parts[id] = partial{hits: hits, samples: e.Samples}
		}()
	}
	wg.Wait()
	hits, n := 0, 0
	for _, p := range parts {
		hits += p.hits
		n += p.samples
	}
	return 4 * float64(hits) / float64(n), parts
}

func main() {
	base := Experiment{Seed: 2024, Workers: 4, Samples: 50000}
	est, parts := base.Run()
	fmt.Printf("seed=%d workers=%d samples/worker=%d\n", base.Seed, base.Workers, base.Samples)
	for id, p := range parts {
		fmt.Printf("  worker %d: %d/%d inside -> %.5f\n", id, p.hits, p.samples,
			4*float64(p.hits)/float64(p.samples))
	}
	fmt.Printf("  pi ~ %.6f (error %.6f)\n", est, math.Abs(est-math.Pi))

	again, _ := base.Run()
	fmt.Println("  rerun identical:", again == est)

	fmt.Println("strong scaling: same total samples, more workers")
	const total = 240000
	for _, w := range []int{1, 2, 3, 4, 6, 8} {
		e := Experiment{Seed: 7, Workers: w, Samples: total / w}
		pi, _ := e.Run()
		fmt.Printf("  workers=%d pi~%.5f\n", w, pi)
	}

	fmt.Println("error shrinks roughly like 1/sqrt(N):")
	for _, n := range []int{1000, 10000, 100000} {
		var sumErr float64
		const trials = 5
		for t := 0; t < trials; t++ {
			pi, _ := Experiment{Seed: uint64(100 + t), Workers: 4, Samples: n / 4}.Run()
			sumErr += math.Abs(pi - math.Pi)
		}
		fmt.Printf("  N=%6d mean |error|=%.5f  1/sqrt(N)=%.5f\n", n, sumErr/trials, 1/math.Sqrt(float64(n)))
	}
}
