// Lab 9: limiting concurrency with a buffered channel as a counting semaphore.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Semaphore is a counting semaphore backed by a buffered channel.
type Semaphore chan struct{}

func NewSemaphore(n int) Semaphore { return make(Semaphore, n) }
func (s Semaphore) Acquire()       { s <- struct{}{} }
func (s Semaphore) Release()       { <-s }

// TryAcquire never blocks.
func (s Semaphore) TryAcquire() bool {
	select {
	case s <- struct{}{}:
		return true
	default:
		return false
	}
}

func main() {
	const limit = 3
	const jobs = 12
	sem := NewSemaphore(limit)

	var active, peak atomic.Int64
	results := make([]string, jobs)
	var wg sync.WaitGroup
	for i := range jobs {
		wg.Go(func() {
			sem.Acquire()
			defer sem.Release()
			n := active.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(time.Millisecond) // pretend to work
			results[i] = fmt.Sprintf("job %02d done (%d^2=%d)", i, i, i*i)
			active.Add(-1)
		})
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	// The exact peak depends on scheduling; only the bound is deterministic.
	fmt.Println("peak within limit:", peak.Load() <= limit)
	fmt.Println("active at end:", active.Load())

	// TryAcquire demonstration on a fresh semaphore.
	s2 := NewSemaphore(2)
	for i := range 4 {
		fmt.Printf("try %d: %v\n", i, s2.TryAcquire())
	}
	s2.Release()
	fmt.Println("after one release:", s2.TryAcquire())
}
