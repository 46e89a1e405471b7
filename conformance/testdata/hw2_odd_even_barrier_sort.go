// Homework 2, problem 3: odd-even transposition sort with a barrier.
// In phase p we compare pairs (i, i+1) with i%2 == p%2. Pairs within a phase
// are disjoint, so workers can handle them in parallel; a barrier separates
// phases. n phases are enough to sort n elements.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Barrier is a reusable barrier built from a mutex and a condition variable.
type Barrier struct {
	mu      sync.Mutex
	cond    *sync.Cond
	parties int
	waiting int
	gen     int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{parties: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// Wait blocks until all parties arrive; the generation counter makes it reusable.
func (b *Barrier) Wait() {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.waiting++
	if b.waiting == b.parties {
		b.waiting = 0
		b.gen++
		b.cond.Broadcast()
		return
	}
	for gen == b.gen {
		b.cond.Wait()
	}
}

func oddEvenSort(a []int, workers int) int64 {
	n := len(a)
	bar := NewBarrier(workers)
	var swaps atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			for phase := 0; phase < n; phase++ {
				start := phase % 2
				// pair k starts at index start+2k; worker w takes k = w, w+workers, ...
				for i := start + 2*w; i+1 < n; i += 2 * workers {
					if a[i] > a[i+1] {
						a[i], a[i+1] = a[i+1], a[i]
						swaps.Add(1)
					}
				}
				bar.Wait()
			}
		})
	}
	wg.Wait()
	return swaps.Load()
}

func countInversions(a []int) int64 {
	var inv int64
	for i := range a {
		for j := i + 1; j < len(a); j++ {
			if a[i] > a[j] {
				inv++
			}
		}
	}
	return inv
}

func printRows(label string, a []int) {
	fmt.Println(label)
	for i := 0; i < len(a); i += 10 {
		fmt.Println(" ", a[i:min(i+10, len(a))])
	}
}

func main() {
	a := make([]int, 40)
	x := 17
	for i := range a {
		x = (x*37 + 11) % 101
		a[i] = x
	}
	printRows("input:", a)
	inv := countInversions(a)
	swaps := oddEvenSort(a, 4)
	printRows("sorted:", a)
	ok := true
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			ok = false
		}
	}
	fmt.Println("inversions in input:", inv)
	fmt.Println("swaps performed:   ", swaps)
	fmt.Println("sorted correctly:", ok)
}
