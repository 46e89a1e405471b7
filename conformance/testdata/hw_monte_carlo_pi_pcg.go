package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
)

type Tally struct {
	Worker  uint64
	Inside  int
	Samples int
}

func (t Tally) String() string {
	return fmt.Sprintf("worker %d: %d/%d inside", t.Worker, t.Inside, t.Samples)
}

func sample(seed, id uint64, n int) Tally {
	r := rand.New(rand.NewPCG(seed, id))
	inside := 0
	for range n {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	return Tally{Worker: id, Inside: inside, Samples: n}
}

func estimate(seed uint64, workers, perWorker int) (float64, []Tally) {
	tallies := make([]Tally, workers)
	var wg sync.WaitGroup
	for id := range workers {
		wg.Go(func() { tallies[id] = sample(seed, uint64(id), perWorker) })
	}
	wg.Wait()
	inside, total := 0, 0
	for _, t := range tallies { // combined in worker order: deterministic
		inside += t.Inside
		total += t.Samples
	}
	return 4 * float64(inside) / float64(total), tallies
}

func main() {
	const seed = 2024
	pi, tallies := estimate(seed, 6, 50000)
	for _, t := range tallies {
		fmt.Println(t)
	}
	fmt.Printf("pi ~ %.6f error %.6f\n", pi, math.Abs(pi-math.Pi))
	again, _ := estimate(seed, 6, 50000)
	fmt.Println("reproducible:", again == pi)
	fmt.Println("within 0.02 of pi:", math.Abs(pi-math.Pi) < 0.02)
	seq := 0
	for id := range 6 {
		seq += sample(seed, uint64(id), 50000).Inside
	}
	fmt.Println("matches sequential:", 4*float64(seq)/300000 == pi)
}
