package main

import (
	"fmt"
	"strings"
	"sync"
)

// phase runs fn for every chunk in parallel and returns only when all
// chunks are done: the WaitGroup acts as a barrier between phases.
func phase(n, workers int, fn func(lo, hi int)) {
	var wg sync.WaitGroup
	chunk := (n + workers - 1) / workers
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(lo, hi)
		}()
	}
	wg.Wait()
}

func render(rod []float64) string {
	var b strings.Builder
	for _, v := range rod {
		b.WriteString(fmt.Sprintf("%6.2f", v))
	}
	return b.String()
}

func main() {
	const (
		cells   = 12
		workers = 4
		steps   = 40
	)
	// A metal rod: left end held at 100 degrees, right end at 0.
	cur := make([]float64, cells)
	next := make([]float64, cells)
	cur[0] = 100

	maxDelta := make([]float64, workers)
	chunk := (cells + workers - 1) / workers

	for step := 1; step <= steps; step++ {
		// Phase 1: each worker updates its own cells from the old array.
		phase(cells, workers, func(lo, hi int) {
			w := lo / chunk
			maxDelta[w] = 0
			for i := lo; i < hi; i++ {
				if i == 0 || i == cells-1 {
					next[i] = cur[i]
					continue
				}
				next[i] = (cur[i-1] + cur[i] + cur[i+1]) / 3
				if d := next[i] - cur[i]; d > maxDelta[w] {
					maxDelta[w] = d
				} else if -d > maxDelta[w] {
					maxDelta[w] = -d
				}
			}
		})
		// Barrier passed: safe to swap buffers sequentially.
		cur, next = next, cur

		if step == 1 || step%10 == 0 {
			worst := 0.0
			for _, d := range maxDelta {
				worst = max(worst, d)
			}
			fmt.Printf("step %2d  max change %6.2f\n", step, worst)
			fmt.Println("  " + render(cur))
		}
	}

	// Phase 2: parallel reduction, each worker writes its own slot.
	partial := make([]float64, workers)
	phase(cells, workers, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			partial[lo/chunk] += cur[i]
		}
	})
	total := 0.0
	for w, p := range partial {
		fmt.Printf("worker %d partial heat %8.2f\n", w, p)
		total += p
	}
	fmt.Printf("mean temperature %6.2f\n", total/cells)
}
