// Lecture 8: a reusable (cyclic) barrier built with sync.Cond.
// Workers run an iterative stencil; each phase must finish before the next.
package main

import (
	"fmt"
	"sync"
)

type Barrier struct {
	mu         sync.Mutex
	cond       *sync.Cond
	parties    int
	waiting    int
	generation int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{parties: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// Await blocks until all parties have arrived. It returns true for exactly
// one caller per generation (the last to arrive).
func (b *Barrier) Await() bool {
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

func main() {
	const n, workers, steps = 12, 4, 5
	cur := make([]float64, n)
	next := make([]float64, n)
	cur[0], cur[n-1] = 100, 100 // fixed hot boundaries

	b := NewBarrier(workers)
	chunk := n / workers
	var leaders [steps]int
	var lmu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for s := 0; s < steps; s++ {
				for i := lo; i < hi; i++ {
					if i == 0 || i == n-1 {
						next[i] = cur[i]
						continue
					}
					next[i] = (cur[i-1] + cur[i] + cur[i+1]) / 3
				}
				if b.Await() {
					// exactly one goroutine swaps the buffers
					cur, next = next, cur
					lmu.Lock()
					leaders[s]++
					lmu.Unlock()
				}
				b.Await()
			}
		}(w*chunk, (w+1)*chunk)
	}
	wg.Wait()

	fmt.Println("leaders per step:", leaders)
	fmt.Println("temperatures after", steps, "steps:")
	for i, v := range cur {
		fmt.Printf("  cell %2d: %6.2f\n", i, v)
	}
}
