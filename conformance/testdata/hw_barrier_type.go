package main

import (
	"fmt"
	"sync"
)

// Barrier is a reusable cyclic barrier for a fixed number of parties.
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

// Await blocks until all parties arrive; it returns true for the last arrival.
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
	const workers, phases = 4, 5
	barrier := NewBarrier(workers)
	values := make([]int, workers)
	for i := range values {
		values[i] = i + 1
	}
	next := make([]int, workers)
	var leaders [phases]int
	var mu sync.Mutex
	var wg sync.WaitGroup
	for id := range workers {
		wg.Go(func() {
			for phase := range phases {
				// each worker averages with its right neighbour (Jacobi-style)
				next[id] = values[id] + values[(id+1)%workers]
				barrier.Await()
				values[id] = next[id]
				if barrier.Await() {
					mu.Lock()
					leaders[phase]++
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	fmt.Println("values after phases:", values)
	sum := 0
	for _, v := range values {
		sum += v
	}
	fmt.Println("sum:", sum, "expected:", 10*(1<<phases))
	fmt.Println("one leader per phase:", leaders)
}
