// Lab 5: a reusable barrier and a bulk-synchronous heat-diffusion simulation.
//
// Barrier is implemented with a mutex, a condition variable and a generation
// counter. The generation number is what makes the barrier reusable: a
// goroutine waits until the generation changes rather than until count hits
// zero, so fast goroutines cannot "lap" slow ones.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Barrier struct {
	mu         sync.Mutex
	cond       *sync.Cond
	parties    int
	waiting    int
	generation int
}

func NewBarrier(parties int) *Barrier {
	b := &Barrier{parties: parties}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// Wait blocks until all parties have called Wait for the current generation.
// It returns true for exactly one caller (the last to arrive).
func (b *Barrier) Wait() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.generation
	b.waiting++
	if b.waiting == b.parties {
		b.waiting = 0
		b.generation++
		b.cond.Broadcast()
		return true
	}
	for gen == b.generation {
		b.cond.Wait()
	}
	return false
}

func render(rod []float64) string {
	var sb strings.Builder
	for _, t := range rod {
		fmt.Fprintf(&sb, "%6.1f", t)
	}
	return sb.String()
}

func main() {
	const (
		cells   = 12
		workers = 3
		steps   = 6
	)
	cur := make([]float64, cells)
	next := make([]float64, cells)
	cur[0], cur[cells-1] = 100, 100 // both ends held hot
	copy(next, cur)

	history := []string{render(cur)}
	bar := NewBarrier(workers)
	var wg sync.WaitGroup
	per := cells / workers

	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lo, hi := w*per, (w+1)*per
			for s := 0; s < steps; s++ {
				// Phase 1: every worker reads cur and writes its part of next.
				for i := max(lo, 1); i < min(hi, cells-1); i++ {
					next[i] = (cur[i-1] + cur[i] + cur[i+1]) / 3
				}
				// Phase 2: exactly one goroutine swaps buffers and records.
				if bar.Wait() {
					cur, next = next, cur
					history = append(history, render(cur))
				}
				// Phase 3: nobody starts the next step before the swap is done.
				bar.Wait()
			}
		}()
	}
	wg.Wait()

	fmt.Printf("heat diffusion, %d cells, %d workers, %d steps\n", cells, workers, steps)
	for i, h := range history {
		fmt.Printf("t=%d %s\n", i, h)
	}
	fmt.Println("barrier generations:", bar.generation)
}
