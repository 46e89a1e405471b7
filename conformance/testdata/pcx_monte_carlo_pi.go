package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
)

const (
	numWorkers       = 6
	samplesPerWorker = 150000
	baseSeed         = 20240901
)

type workerStats struct {
	id      int
	inside  int
	samples int
}

func (w workerStats) estimate() float64 {
	return 4 * float64(w.inside) / float64(w.samples)
}

// sample runs one worker with its own seeded generator, so the result
// never depends on scheduling.
func sample(id int) workerStats {
	rng := rand.New(rand.NewPCG(baseSeed, uint64(id)))
	st := workerStats{id: id, samples: samplesPerWorker}
	for i := 0; i < samplesPerWorker; i++ {
		x, y := rng.Float64(), rng.Float64()
		if x*x+y*y <= 1 {
			st.inside++
		}
	}
	return st
}

func main() {
	stats := make([]workerStats, numWorkers)
	var wg sync.WaitGroup
	for id := range numWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stats[id] = sample(id)
		}()
	}
	wg.Wait()

	totalInside, totalSamples := 0, 0
	for _, s := range stats {
		fmt.Printf("worker %d: %d/%d inside, pi ~ %.5f\n", s.id, s.inside, s.samples, s.estimate())
		totalInside += s.inside
		totalSamples += s.samples
	}
	pi := 4 * float64(totalInside) / float64(totalSamples)
	fmt.Printf("combined: %d/%d inside\n", totalInside, totalSamples)
	fmt.Printf("pi estimate: %.6f\n", pi)
	fmt.Printf("abs error:   %.6f\n", math.Abs(pi-math.Pi))
	fmt.Println("within 0.01:", math.Abs(pi-math.Pi) < 0.01)

	// Re-running one worker with the same seed reproduces its count.
	again := sample(3)
	fmt.Println("worker 3 reproducible:", again.inside == stats[3].inside)

	// Results arrive over a channel in arbitrary order; sum is order-free.
	ch := make(chan workerStats)
	for id := range 3 {
		go func() { ch <- sample(id + 10) }()
	}
	byID := map[int]int{}
	for range 3 {
		s := <-ch
		byID[s.id] = s.inside
	}
	for id := 10; id < 13; id++ {
		fmt.Printf("extra worker %d: %d inside\n", id, byID[id])
	}
}
