package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
)

// chunk returns the half-open range handled by worker w out of n workers.
func chunk(total, workers, w int) (int, int) {
	size := (total + workers - 1) / workers
	lo := w * size
	hi := min(lo+size, total)
	return lo, hi
}

// baselSum adds 1/k^2 for k in [lo+1, hi].
func baselSum(lo, hi int) float64 {
	s := 0.0
	for k := lo + 1; k <= hi; k++ {
		s += 1 / (float64(k) * float64(k))
	}
	return s
}

type partial struct {
	worker int
	value  float64
}

func main() {
	const n = 2_000_000
	const workers = 8

	// 1. WaitGroup with one result slot per worker, reduced in worker order.
	parts := make([]float64, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			lo, hi := chunk(n, workers, w)
			parts[w] = baselSum(lo, hi)
		})
	}
	wg.Wait()
	total := 0.0
	for w, p := range parts {
		lo, hi := chunk(n, workers, w)
		fmt.Printf("worker %d: k=%7d..%7d  partial=%.15f\n", w, lo+1, hi, p)
		total += p
	}
	exact := math.Pi * math.Pi / 6
	fmt.Printf("parallel sum = %.15f\n", total)
	fmt.Printf("pi^2/6       = %.15f\n", exact)
	fmt.Printf("tail estimate 1/N = %.3e, actual gap = %.3e\n", 1.0/n, exact-total)
	serial := baselSum(0, n)
	fmt.Printf("serial vs parallel differ by %.1e (summation order)\n", math.Abs(serial-total))

	// 2. Channel of tagged results; the collector stores by index, so the
	// arrival order of messages does not matter.
	results := make(chan partial)
	const m = 1_000_000
	f := func(x float64) float64 { return 4 / (1 + x*x) }
	h := 1.0 / m
	for w := range workers {
		go func() {
			lo, hi := chunk(m, workers, w)
			s := 0.0
			for i := lo; i < hi; i++ {
				s += f((float64(i) + 0.5) * h) // midpoint rule
			}
			results <- partial{w, s * h}
		}()
	}
	byWorker := make([]float64, workers)
	for range workers {
		r := <-results
		byWorker[r.worker] = r.value
	}
	pi := 0.0
	for _, v := range byWorker {
		pi += v
	}
	fmt.Printf("midpoint pi = %.12f (error %.2e)\n", pi, math.Abs(pi-math.Pi))

	// 3. Parallel Monte Carlo: each worker has its own seeded generator.
	const throws = 200_000
	hits := make([]int, workers)
	var wg2 sync.WaitGroup
	for w := range workers {
		wg2.Add(1)
		go func(id int) {
			defer wg2.Done()
			r := rand.New(rand.NewPCG(uint64(id), 99))
			for range throws {
				x, y := r.Float64(), r.Float64()
				if x*x+y*y < 1 {
					hits[id]++
				}
			}
		}(w)
	}
	wg2.Wait()
	sumHits := 0
	for w, c := range hits {
		fmt.Printf("  worker %d hits %d\n", w, c)
		sumHits += c
	}
	fmt.Printf("Monte Carlo pi = %.6f from %d throws\n", 4*float64(sumHits)/(workers*throws), workers*throws)

	// 4. Mutex-protected integer histogram of digit sums (order-independent).
	var mu sync.Mutex
	digitHist := make([]int, 10)
	var wg3 sync.WaitGroup
	for w := range 4 {
		wg3.Go(func() {
			local := make([]int, 10)
			for k := w; k < 100000; k += 4 {
				s := 0
				for v := k; v > 0; v /= 10 {
					s += v % 10
				}
				local[s%10]++
			}
			mu.Lock()
			for i, c := range local {
				digitHist[i] += c
			}
			mu.Unlock()
		})
	}
	wg3.Wait()
	fmt.Println("digit-sum mod 10 histogram of 0..99999:", digitHist)
}
