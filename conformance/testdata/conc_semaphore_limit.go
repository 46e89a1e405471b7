package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Semaphore is a counting semaphore built from a buffered channel.
type Semaphore chan struct{}

func NewSemaphore(n int) Semaphore { return make(Semaphore, n) }

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

const limit = 3

func main() {
	sem := NewSemaphore(limit)
	var (
		wg       sync.WaitGroup
		running  atomic.Int32
		peak     atomic.Int32
		finished atomic.Int32
	)
	results := make([]int, 12)

	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()

			cur := running.Add(1)
			for {
				p := peak.Load()
				if cur <= p || peak.CompareAndSwap(p, cur) {
					break
				}
			}
			// "work"
			acc := 0
			for k := 0; k <= i*1000; k++ {
				acc += k % 7
			}
			results[i] = acc
			running.Add(-1)
			finished.Add(1)
		}()
	}
	wg.Wait()

	fmt.Println("results:", results)
	fmt.Println("finished:", finished.Load())
	fmt.Printf("peak concurrency within limit %d: %t\n", limit, peak.Load() <= limit)
	fmt.Println("semaphore empty at end:", len(sem) == 0, "capacity:", cap(sem))
}
