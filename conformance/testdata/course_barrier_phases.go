// Lab 7: barriers and phases.
// A reusable barrier built from sync.Cond with a generation counter.
// Workers relax a 1-D heat rod: in every phase each worker updates its own
// segment from the previous buffer, then all wait at the barrier before the
// buffers are swapped. Because the reads only use the old buffer, the result
// is the same as the sequential Jacobi iteration.
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

func NewBarrier(n int) *Barrier {
	b := &Barrier{parties: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// Wait blocks until all parties have arrived. The last one to arrive runs
// serial (if not nil) while the others are still blocked, then releases them.
func (b *Barrier) Wait(serial func()) {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.generation
	b.waiting++
	if b.waiting == b.parties {
		if serial != nil {
			serial()
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

func render(rod []float64) string {
	var sb strings.Builder
	for _, v := range rod {
		fmt.Fprintf(&sb, "%6.1f", v)
	}
	return sb.String()
}

func main() {
	const cells, workers, phases = 12, 3, 40
	cur := make([]float64, cells)
	next := make([]float64, cells)
	cur[0], cur[cells-1] = 100, 50 // fixed boundary temperatures
	next[0], next[cells-1] = 100, 50

	var snapshots []string
	b := NewBarrier(workers)
	var wg sync.WaitGroup
	per := (cells - 2) / workers
	for w := 0; w < workers; w++ {
		lo := 1 + w*per
		hi := lo + per
		if w == workers-1 {
			hi = cells - 1
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := 1; p <= phases; p++ {
				for i := lo; i < hi; i++ {
					next[i] = (cur[i-1] + cur[i] + cur[i+1]) / 3
				}
				b.Wait(func() {
					cur, next = next, cur
					if p <= 3 || p%10 == 0 {
						snapshots = append(snapshots, fmt.Sprintf("phase %2d:%s", p, render(cur)))
					}
				})
			}
		}()
	}
	wg.Wait()

	fmt.Println("initial :" + render([]float64{100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50}))
	for _, s := range snapshots {
		fmt.Println(s)
	}

	// Sequential check.
	a := make([]float64, cells)
	c := make([]float64, cells)
	a[0], a[cells-1], c[0], c[cells-1] = 100, 50, 100, 50
	for p := 0; p < phases; p++ {
		for i := 1; i < cells-1; i++ {
			c[i] = (a[i-1] + a[i] + a[i+1]) / 3
		}
		a, c = c, a
	}
	same := true
	for i := range a {
		if a[i] != cur[i] {
			same = false
		}
	}
	fmt.Println("matches sequential:", same, "generations:", b.generation)
}
