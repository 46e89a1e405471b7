// Handout 14: a reusable (cyclic) barrier built from sync.Cond.
// Workers run a 1-D heat diffusion stencil. After each step every worker
// waits at the barrier before anyone reads the new values.
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

func (b *Barrier) Await() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.generation
	b.waiting++
	if b.waiting == b.parties {
		b.waiting = 0
		b.generation++
		b.cond.Broadcast()
		return
	}
	for gen == b.generation {
		b.cond.Wait()
	}
}

func render(row []int) string {
	var sb strings.Builder
	for _, v := range row {
		fmt.Fprintf(&sb, "%5d", v)
	}
	return sb.String()
}

func main() {
	const cells, workers, steps = 12, 4, 14
	grids := make([][]int, steps+1)
	for s := range grids {
		grids[s] = make([]int, cells)
	}
	grids[0][0] = 4096 // hot left wall
	grids[0][cells/2] = 2048

	barrier := NewBarrier(workers)
	per := cells / workers
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			lo, hi := w*per, (w+1)*per
			for s := 1; s <= steps; s++ {
				prev, next := grids[s-1], grids[s]
				for i := lo; i < hi; i++ {
					left, right := prev[max(i-1, 0)], prev[min(i+1, cells-1)]
					next[i] = (left + 2*prev[i] + right) / 4
				}
				barrier.Await()
			}
		})
	}
	wg.Wait()

	for s, row := range grids {
		sum := 0
		for _, v := range row {
			sum += v
		}
		fmt.Printf("step %2d:%s | total %d\n", s, render(row), sum)
	}
	fmt.Println("barrier generations:", barrier.generation)
}
