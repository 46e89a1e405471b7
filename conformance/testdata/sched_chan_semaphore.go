package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Semaphore is a counting semaphore built on a buffered channel.
type Semaphore chan struct{}

func NewSemaphore(n int) Semaphore { return make(Semaphore, n) }

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

// TryAcquire never blocks; it reports whether a permit was obtained.
func (s Semaphore) TryAcquire() bool {
	select {
	case s <- struct{}{}:
		return true
	default:
		return false
	}
}

// collatzSteps is a small CPU-bound job.
func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	const limit = 3
	sem := NewSemaphore(limit)
	inputs := []int{27, 97, 871, 6171, 77031, 837799, 12, 19, 255, 1161}
	steps := make([]int, len(inputs))

	var active, peak atomic.Int32
	var wg sync.WaitGroup
	for i, n := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()

			cur := active.Add(1)
			for {
				old := peak.Load()
				if cur <= old || peak.CompareAndSwap(old, cur) {
					break
				}
			}
			steps[i] = collatzSteps(n)
			active.Add(-1)
		}()
	}
	wg.Wait()

	fmt.Printf("%-8s %6s\n", "input", "steps")
	best := 0
	for i, n := range inputs {
		fmt.Printf("%-8d %6d\n", n, steps[i])
		if steps[i] > steps[best] {
			best = i
		}
	}
	fmt.Printf("longest chain: %d (%d steps)\n", inputs[best], steps[best])
	fmt.Printf("peak concurrency within limit %d: %v\n", limit, peak.Load() <= limit)
	fmt.Printf("active after wait: %d\n", active.Load())

	// Demonstrate non-blocking acquisition on a fresh semaphore.
	s2 := NewSemaphore(2)
	var got []bool
	for range 4 {
		got = append(got, s2.TryAcquire())
	}
	fmt.Println("try-acquire on 2 permits:", got)
	s2.Release()
	fmt.Println("after one release:", s2.TryAcquire(), "held:", len(s2))
}
