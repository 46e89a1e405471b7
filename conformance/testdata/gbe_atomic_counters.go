// Go by Example: Atomic Counters
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits   atomic.Int64
	misses atomic.Int64
	peak   atomic.Int32
}

// observe records a new value and updates the peak with a CAS loop.
func (s *stats) observe(v int32) {
	for {
		cur := s.peak.Load()
		if v <= cur || s.peak.CompareAndSwap(cur, v) {
			return
		}
	}
}

func main() {
	// We'll use an atomic integer type to represent our
	// (always-positive) counter.
	var ops atomic.Uint64

	// A WaitGroup will help us wait for all goroutines to finish.
	var wg sync.WaitGroup

	// We'll start 50 goroutines that each increment the
	// counter exactly 1000 times.
	for range 50 {
		wg.Go(func() {
			for range 1000 {
				ops.Add(1)
			}
		})
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())

	var s stats
	for i := range 100 {
		wg.Go(func() {
			if i%3 == 0 {
				s.hits.Add(1)
			} else {
				s.misses.Add(1)
			}
			s.observe(int32(i * 7 % 101))
		})
	}
	wg.Wait()
	fmt.Println("hits:", s.hits.Load(), "misses:", s.misses.Load(), "peak:", s.peak.Load())

	// Swap returns the old value.
	old := ops.Swap(5)
	fmt.Println("swapped out:", old, "now:", ops.Load())

	// The functional API works on plain integers.
	var legacy int32
	for range 10 {
		wg.Go(func() { atomic.AddInt32(&legacy, 3) })
	}
	wg.Wait()
	fmt.Println("legacy:", atomic.LoadInt32(&legacy))
	fmt.Println("cas 30->1:", atomic.CompareAndSwapInt32(&legacy, 30, 1), legacy)
	fmt.Println("cas 30->2:", atomic.CompareAndSwapInt32(&legacy, 30, 2), legacy)

	// atomic.Value and atomic.Pointer store arbitrary values.
	var cfg atomic.Pointer[map[string]int]
	fmt.Println("empty pointer:", cfg.Load() == nil)
	cfg.Store(&map[string]int{"retries": 3, "timeout": 30})
	fmt.Println("config:", *cfg.Load())

	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Load())
}
