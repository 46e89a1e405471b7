// Exercise 21: a spinlock made from CompareAndSwap protecting a histogram.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
)

type SpinLock struct {
	held     atomic.Bool
	contends atomic.Int64 // failed CAS attempts (scheduling dependent, not printed)
}

func (s *SpinLock) Lock() {
	for !s.held.CompareAndSwap(false, true) {
		s.contends.Add(1)
		runtime.Gosched()
	}
}

func (s *SpinLock) Unlock() {
	if !s.held.CompareAndSwap(true, false) {
		panic("unlock of unlocked spinlock")
	}
}

func (s *SpinLock) TryLock() bool { return s.held.CompareAndSwap(false, true) }

type Histogram struct {
	lock    SpinLock
	buckets [10]int
	count   int
}

func (h *Histogram) Observe(v int) {
	h.lock.Lock()
	defer h.lock.Unlock()
	h.buckets[min(v/10, 9)]++
	h.count++
}

func main() {
	h := &Histogram{}
	const workers = 4
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x := uint32(w*7919 + 1)
			for range 250 {
				x = x*1103515245 + 12345 // a tiny LCG, one per worker
				h.Observe(int(x>>16) % 100)
			}
		}()
	}
	wg.Wait()

	fmt.Printf("observations: %d\n", h.count)
	total := 0
	for i, b := range h.buckets {
		fmt.Printf("[%2d-%2d] %3d %s\n", i*10, i*10+9, b, strings.Repeat("*", b/5))
		total += b
	}
	fmt.Printf("bucket total matches count: %v\n", total == h.count)

	var s SpinLock
	fmt.Printf("try lock free:    %v\n", s.TryLock())
	fmt.Printf("try lock held:    %v\n", s.TryLock())
	s.Unlock()
	fmt.Printf("try after unlock: %v\n", s.TryLock())
	s.Unlock()
	func() {
		defer func() { fmt.Printf("recovered: %v\n", recover()) }()
		s.Unlock()
	}()
	fmt.Printf("lock still free at end: %v\n", !s.held.Load())
}
