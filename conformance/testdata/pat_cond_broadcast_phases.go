package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Gate lets workers wait for a phase number; the controller advances the phase
// and waits until every worker has finished it.
type Gate struct {
	mu       sync.Mutex
	cond     *sync.Cond
	phase    int
	finished int // workers done with the current phase
	log      map[int][]string
}

func NewGate() *Gate {
	g := &Gate{log: map[int][]string{}}
	g.cond = sync.NewCond(&g.mu)
	return g
}

// Await blocks until the gate has reached phase p.
func (g *Gate) Await(p int) {
	g.mu.Lock()
	for g.phase < p {
		g.cond.Wait()
	}
	g.mu.Unlock()
}

func (g *Gate) Finish(p int, who, what string) {
	g.mu.Lock()
	g.log[p] = append(g.log[p], who+":"+what)
	g.finished++
	g.mu.Unlock()
	g.cond.Broadcast() // wake the controller (and harmlessly, other workers)
}

// Advance opens phase p, waits until want workers have finished it and
// returns their sorted log entries.
func (g *Gate) Advance(p, want int) []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.phase, g.finished = p, 0
	g.cond.Broadcast()
	for g.finished < want {
		g.cond.Wait()
	}
	return slices.Sorted(slices.Values(g.log[p]))
}

func main() {
	g := NewGate()
	workers := []string{"w1", "w2", "w3", "w4"}
	steps := []string{"load", "compute", "store"}
	var wg sync.WaitGroup
	for i, w := range workers {
		wg.Go(func() {
			acc := i + 1
			for p, step := range steps {
				g.Await(p + 1)
				acc *= p + 2
				g.Finish(p+1, w, fmt.Sprintf("%s=%d", step, acc))
			}
		})
	}
	for p := range steps {
		entries := g.Advance(p+1, len(workers))
		fmt.Printf("phase %d (%s): %s\n", p+1, steps[p], strings.Join(entries, " "))
	}
	wg.Wait()

	// Signal wakes one waiter at a time.
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready, woken := 0, 0
	for range 3 {
		wg.Go(func() {
			mu.Lock()
			for ready == 0 {
				c.Wait()
			}
			ready--
			woken++
			mu.Unlock()
		})
	}
	for range 3 {
		mu.Lock()
		ready++
		mu.Unlock()
		c.Signal()
	}
	wg.Wait()
	fmt.Println("woken one by one:", woken)
}
