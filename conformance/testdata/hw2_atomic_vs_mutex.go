// Homework 2, problem 8: atomic counters versus mutex counters.
// Both approaches must give identical final values; we compare them instead
// of timing them (timings are not reproducible). We also keep a running
// maximum with a compare-and-swap loop, which has no single-instruction form.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// MutexCounter protects plain integers with a lock.
type MutexCounter struct {
	mu    sync.Mutex
	value int64
	max   int64
}

func (c *MutexCounter) Add(d int64) {
	c.mu.Lock()
	c.value += d
	if d > c.max {
		c.max = d
	}
	c.mu.Unlock()
}

// AtomicCounter uses sync/atomic types only.
type AtomicCounter struct {
	value atomic.Int64
	max   atomic.Int64
}

func (c *AtomicCounter) Add(d int64) {
	c.value.Add(d)
	for { // CAS loop: retry until our max update wins or is unnecessary
		cur := c.max.Load()
		if d <= cur || c.max.CompareAndSwap(cur, d) {
			return
		}
	}
}

// delta is the deterministic increment used by worker w at step i.
func delta(w, i int) int64 { return int64((w*31+i*17)%97 + 1) }

func main() {
	const workers, steps = 8, 500
	var mc MutexCounter
	var ac AtomicCounter
	var plain atomic.Int64 // simple +1 counter for the increment count

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			for i := 0; i < steps; i++ {
				d := delta(w, i)
				mc.Add(d)
				ac.Add(d)
				plain.Add(1)
			}
		})
	}
	wg.Wait()

	var want, wantMax int64
	for w := 0; w < workers; w++ {
		for i := 0; i < steps; i++ {
			want += delta(w, i)
			wantMax = max(wantMax, delta(w, i))
		}
	}
	fmt.Println("Atomic vs mutex counters")
	fmt.Println("increments performed:", plain.Load())
	fmt.Println("mutex  total:", mc.value, "max:", mc.max)
	fmt.Println("atomic total:", ac.value.Load(), "max:", ac.max.Load())
	fmt.Println("sequential total:", want, "max:", wantMax)
	fmt.Println("totals agree:", mc.value == ac.value.Load() && mc.value == want)
	fmt.Println("maxima agree:", mc.max == ac.max.Load() && mc.max == wantMax)
}
