// A reusable barrier built from a mutex and a per-phase channel, used to run
// a stencil computation in lock-step phases.
package main

import (
	"fmt"
	"sync"
)

type Barrier struct {
	mu      sync.Mutex
	n       int
	waiting int
	release chan struct{}
}

func NewBarrier(n int) *Barrier {
	return &Barrier{n: n, release: make(chan struct{})}
}

// Wait blocks until all n parties have called Wait for the current phase.
func (b *Barrier) Wait() {
	b.mu.Lock()
	b.waiting++
	ch := b.release
	if b.waiting == b.n {
		b.waiting = 0
		b.release = make(chan struct{})
		close(ch)
		b.mu.Unlock()
		return
	}
	b.mu.Unlock()
	<-ch
}

// smooth runs steps of a 1-D averaging stencil; each worker owns one cell.
func smooth(initial []int, steps int) [][]int {
	n := len(initial)
	cur := append([]int(nil), initial...)
	next := make([]int, n)
	history := [][]int{append([]int(nil), cur...)}
	b := NewBarrier(n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range steps {
				left, right := cur[(i+n-1)%n], cur[(i+1)%n]
				next[i] = (left + 2*cur[i] + right) / 4
				b.Wait() // everyone has written next
				if i == 0 {
					cur, next = next, cur
					history = append(history, append([]int(nil), cur...))
				}
				b.Wait() // swap is visible before anyone reads cur again
			}
		}()
	}
	wg.Wait()
	return history
}

func main() {
	initial := []int{0, 0, 0, 800, 0, 0, 0, 0}
	for step, row := range smooth(initial, 6) {
		sum := 0
		for _, v := range row {
			sum += v
		}
		fmt.Printf("phase %d: %v sum=%d\n", step, row, sum)
	}
}
