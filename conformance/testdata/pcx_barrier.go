package main

import (
	"fmt"
	"strings"
	"sync"
)

// Barrier is a reusable (cyclic) barrier built on sync.Cond.
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

// Await blocks until all parties arrive; it returns true for exactly one
// caller per generation (the last to arrive).
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

func format(xs []float64) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf("%6.2f", x)
	}
	return strings.Join(parts, " ")
}

func main() {
	const cells = 12
	const workers = 4
	const steps = 8
	per := cells / workers

	bufs := [2][]float64{make([]float64, cells), make([]float64, cells)}
	bufs[0][0] = 100
	bufs[0][cells-1] = 50
	initial := append([]float64(nil), bufs[0]...)

	history := make([][]float64, 0, steps)
	var leaderCount [workers]int
	bar := NewBarrier(workers)

	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for step := 0; step < steps; step++ {
				cur, next := bufs[step%2], bufs[(step+1)%2]
				for i := w * per; i < (w+1)*per; i++ {
					if i == 0 || i == cells-1 {
						next[i] = cur[i] // fixed boundary
						continue
					}
					next[i] = (cur[i-1] + cur[i] + cur[i+1]) / 3
				}
				if bar.Await() {
					leaderCount[w]++
					history = append(history, append([]float64(nil), next...))
				}
				bar.Await() // let the leader finish recording
			}
		}()
	}
	wg.Wait()

	fmt.Println("step  0:", format(initial))
	for i, h := range history {
		fmt.Printf("step %2d: %s\n", i+1, format(h))
	}
	leaders := 0
	for _, c := range leaderCount {
		leaders += c
	}
	fmt.Println("barrier generations:", bar.generation)
	fmt.Println("leader elections:", leaders)

	sum := 0.0
	for _, v := range bufs[steps%2] {
		sum += v
	}
	fmt.Printf("final heat sum: %.4f\n", sum)
}
