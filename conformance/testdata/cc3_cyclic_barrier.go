package main

import (
	"fmt"
	"strings"
	"sync"
)

// Barrier is a reusable (cyclic) barrier. The last goroutine to arrive
// runs the optional action before everyone is released.
type Barrier struct {
	mu         sync.Mutex
	cond       *sync.Cond
	parties    int
	waiting    int
	generation int
	action     func(gen int)
}

func NewBarrier(parties int, action func(int)) *Barrier {
	b := &Barrier{parties: parties, action: action}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Await() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.generation
	b.waiting++
	if b.waiting == b.parties {
		if b.action != nil {
			b.action(gen)
		}
		b.waiting = 0
		b.generation++
		b.cond.Broadcast()
		return
	}
	for gen == b.generation {
		b.cond.Wait()
	}
}

func render(cells []int) string {
	var sb strings.Builder
	for _, c := range cells {
		fmt.Fprintf(&sb, "%4d", c)
	}
	return sb.String()
}

func main() {
	const cells, workers, steps = 16, 4, 10
	var buf [2][]int
	buf[0] = make([]int, cells)
	buf[1] = make([]int, cells)
	buf[0][0], buf[0][cells-1] = 1000, 200
	buf[0][cells/2] = 600
	copy(buf[1], buf[0])

	var history []string
	history = append(history, render(buf[0]))
	barrier := NewBarrier(workers, func(gen int) {
		// Runs while all workers are parked: safe to read the whole grid.
		history = append(history, render(buf[(gen+1)%2]))
	})

	chunk := cells / workers
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			lo, hi := w*chunk, (w+1)*chunk
			for t := 0; t < steps; t++ {
				cur, next := buf[t%2], buf[(t+1)%2]
				for i := lo; i < hi; i++ {
					if i == 0 || i == cells-1 {
						next[i] = cur[i] // fixed boundary temperature
						continue
					}
					next[i] = (cur[i-1] + 2*cur[i] + cur[i+1]) / 4
				}
				barrier.Await()
			}
		})
	}
	wg.Wait()

	fmt.Println("heat diffusion, one row per barrier generation")
	for t, row := range history {
		fmt.Printf("t=%2d |%s\n", t, row)
	}
	final := buf[steps%2]
	sum := 0
	for _, v := range final {
		sum += v
	}
	fmt.Println("generations completed:", barrier.generation)
	fmt.Println("final heat sum:", sum)

	// The same barrier type used for a simple phased computation.
	phases := 3
	grid := make([][]int, phases)
	for p := range grid {
		grid[p] = make([]int, workers)
	}
	b2 := NewBarrier(workers, nil)
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			for p := 0; p < phases; p++ {
				prev := 1
				if p > 0 {
					prev = grid[p-1][(w+1)%workers]
				}
				grid[p][w] = prev*2 + w
				b2.Await()
			}
		})
	}
	wg.Wait()
	for p, row := range grid {
		fmt.Printf("phase %d: %v\n", p, row)
	}
}
