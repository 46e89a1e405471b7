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

func (s Semaphore) TryAcquire() bool {
	select {
	case s <- struct{}{}:
		return true
	default:
		return false
	}
}

func sumOfDivisors(n int) int {
	total := 0
	for d := 1; d*d <= n; d++ {
		if n%d == 0 {
			total += d
			if d != n/d {
				total += n / d
			}
		}
	}
	return total
}

func classify(n int) string {
	s := sumOfDivisors(n) - n
	switch {
	case s == n:
		return "perfect"
	case s > n:
		return "abundant"
	default:
		return "deficient"
	}
}

func main() {
	const limit = 3
	sem := NewSemaphore(limit)
	inputs := []int{6, 12, 28, 35, 496, 945, 1000, 8128, 97, 100, 120, 33550336, 18, 20, 27}

	var (
		active atomic.Int32
		peak   atomic.Int32
		wg     sync.WaitGroup
	)
	labels := make([]string, len(inputs))

	for i, n := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()

			now := active.Add(1)
			for {
				p := peak.Load()
				if now <= p || peak.CompareAndSwap(p, now) {
					break
				}
			}
			labels[i] = classify(n)
			active.Add(-1)
		}()
	}
	wg.Wait()

	counts := map[string]int{}
	for i, n := range inputs {
		fmt.Printf("%9d is %s\n", n, labels[i])
		counts[labels[i]]++
	}
	for _, k := range []string{"perfect", "abundant", "deficient"} {
		fmt.Printf("%-9s %d\n", k+":", counts[k])
	}
	fmt.Println("peak within limit:", peak.Load() >= 1 && peak.Load() <= limit)
	fmt.Println("active after wait:", active.Load())

	// Non-blocking acquisition on a full semaphore.
	for i := 0; i < limit; i++ {
		sem.Acquire()
	}
	fmt.Println("try acquire when full:", sem.TryAcquire())
	sem.Release()
	fmt.Println("try acquire after release:", sem.TryAcquire())
	fmt.Println("slots in use:", len(sem), "of", cap(sem))
}
