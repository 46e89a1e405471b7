package main

import (
	"fmt"
	"sync"
)

// Barrier is a reusable barrier. Each generation has its own channel which
// is closed when the last participant arrives, releasing everyone at once.
type Barrier struct {
	mu      sync.Mutex
	n       int
	arrived int
	gen     int
	release chan struct{}
}

func NewBarrier(n int) *Barrier {
	return &Barrier{n: n, release: make(chan struct{})}
}

// Wait blocks until n goroutines have called it; it returns the generation
// number and whether this caller was the last to arrive.
func (b *Barrier) Wait() (int, bool) {
	b.mu.Lock()
	gen, ch := b.gen, b.release
	b.arrived++
	if b.arrived == b.n {
		b.arrived = 0
		b.gen++
		b.release = make(chan struct{})
		b.mu.Unlock()
		close(ch)
		return gen, true
	}
	b.mu.Unlock()
	<-ch
	return gen, false
}

func main() {
	// Jacobi-style smoothing of a 1-D array: each worker owns a slice of
	// cells, reads the previous step and writes the next, then waits.
	const cells, workers, steps = 16, 4, 6
	bufs := [2][]int{make([]int, cells), make([]int, cells)}
	for i := range bufs[0] {
		if i%5 == 0 {
			bufs[0][i] = 1000
		}
	}
	fmt.Println("step 0:", bufs[0])

	barrier := NewBarrier(workers)
	lastCounts := make([]int, workers)
	snapshots := make([][]int, steps)
	var wg sync.WaitGroup
	per := cells / workers
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := 0; s < steps; s++ {
				cur, next := bufs[s%2], bufs[(s+1)%2]
				for i := w * per; i < (w+1)*per; i++ {
					left, right := cur[(i+cells-1)%cells], cur[(i+1)%cells]
					next[i] = (left + 2*cur[i] + right) / 4
				}
				// The last arrival copies the new state. Nobody writes to this
				// buffer again until after the next barrier, so this is safe.
				gen, last := barrier.Wait()
				if last {
					lastCounts[w]++
					snapshots[gen] = append([]int(nil), next...)
				}
			}
		}()
	}
	wg.Wait()

	for s, snap := range snapshots {
		sum := 0
		for _, v := range snap {
			sum += v
		}
		fmt.Printf("step %d: %v sum=%d\n", s+1, snap, sum)
	}
	releases := 0
	for _, c := range lastCounts {
		releases += c
	}
	fmt.Println("generations completed:", barrier.gen)
	fmt.Println("snapshot-taking releases:", releases)

	// The barrier also works for a single round of simple rendezvous.
	b := NewBarrier(5)
	arrivals := make([]int, 5)
	var wg2 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			arrivals[i] = i * i
			b.Wait()
		}()
	}
	wg2.Wait()
	fmt.Println("rendezvous values:", arrivals, "generation:", b.gen)
}
