// Homework 2, problem 15: phases separated by a reusable barrier.
// A 1-D ring is smoothed for several phases with a 3-point stencil using two
// buffers (read from one, write the other). Workers own contiguous segments
// and must not start phase p+1 until everyone has finished phase p, which
// is exactly what the barrier guarantees. The same barrier is reused every phase.
package main

import (
	"fmt"
	"sync"
)

// CyclicBarrier uses a generation number so it can be reused safely.
type CyclicBarrier struct {
	mu         sync.Mutex
	cond       *sync.Cond
	parties    int
	arrived    int
	generation int
}

func NewCyclicBarrier(parties int) *CyclicBarrier {
	b := &CyclicBarrier{parties: parties}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *CyclicBarrier) Await() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.generation
	b.arrived++
	if b.arrived == b.parties {
		b.arrived = 0
		b.generation++
		b.cond.Broadcast()
		return
	}
	for gen == b.generation {
		b.cond.Wait()
	}
}

// Segment is the range of cells owned by a worker.
type Segment struct{ Lo, Hi int }

func main() {
	const cells, workers, phases = 24, 4, 6
	bufs := [2][]int{make([]int, cells), make([]int, cells)}
	for i := range bufs[0] {
		if i%8 == 0 {
			bufs[0][i] = 900 // a few hot spots
		}
	}
	// partial[w][p] = sum of worker w's cells after phase p (written only by w)
	partial := make([][]int, workers)
	bar := NewCyclicBarrier(workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		seg := Segment{Lo: w * cells / workers, Hi: (w + 1) * cells / workers}
		partial[w] = make([]int, phases)
		wg.Go(func() {
			for p := 0; p < phases; p++ {
				src, dst := bufs[p%2], bufs[(p+1)%2]
				s := 0
				for i := seg.Lo; i < seg.Hi; i++ {
					l, r := src[(i+cells-1)%cells], src[(i+1)%cells]
					dst[i] = (l + 2*src[i] + r) / 4
					s += dst[i]
				}
				partial[w][p] = s
				bar.Await() // nobody reads dst as src until all have written it
			}
		})
	}
	wg.Wait()

	fmt.Println("Stencil smoothing with a reusable barrier")
	for p := 0; p < phases; p++ {
		total := 0
		for w := 0; w < workers; w++ {
			total += partial[w][p]
		}
		fmt.Printf("after phase %d: total heat %d\n", p+1, total)
	}
	final := bufs[phases%2]
	for i := 0; i < cells; i += 8 {
		fmt.Println("cells", i, "to", i+7, ":", final[i:i+8])
	}
	fmt.Println("barrier generations completed:", bar.generation)
}
