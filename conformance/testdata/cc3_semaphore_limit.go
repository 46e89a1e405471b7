package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Semaphore is a counting semaphore built on a buffered channel.
type Semaphore chan struct{}

func NewSemaphore(n int) Semaphore { return make(Semaphore, n) }
func (s Semaphore) Acquire()       { s <- struct{}{} }
func (s Semaphore) Release()       { <-s }

func (s Semaphore) TryAcquire() bool {
	select {
	case s <- struct{}{}:
		return true
	default:
		return false
	}
}

func countPrimes(limit int) int {
	count := 0
	for n := 2; n < limit; n++ {
		prime := true
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			count++
		}
	}
	return count
}

func main() {
	// Sequential demonstration of TryAcquire.
	s := NewSemaphore(2)
	fmt.Println("try 1:", s.TryAcquire())
	fmt.Println("try 2:", s.TryAcquire())
	fmt.Println("try 3 (full):", s.TryAcquire())
	s.Release()
	fmt.Println("after release, try 4:", s.TryAcquire())
	fmt.Println("held permits:", len(s), "of", cap(s))
	s.Release()
	s.Release()

	// Bounded parallelism: at most `limit` tasks run at once.
	const limit = 3
	sem := NewSemaphore(limit)
	var running, peak atomic.Int32
	limits := []int{100, 500, 1000, 2000, 3000, 5000, 7500, 10000, 12000, 15000, 20000, 25000}
	counts := make([]int, len(limits))
	var wg sync.WaitGroup
	for i, lim := range limits {
		wg.Go(func() {
			sem.Acquire()
			defer sem.Release()
			now := running.Add(1)
			for {
				p := peak.Load()
				if now <= p || peak.CompareAndSwap(p, now) {
					break
				}
			}
			counts[i] = countPrimes(lim)
			time.Sleep(time.Millisecond)
			running.Add(-1)
		})
	}
	wg.Wait()

	for i, lim := range limits {
		fmt.Printf("pi(%5d) = %4d\n", lim, counts[i])
	}
	fmt.Println("peak concurrency within limit:", peak.Load() <= limit)
	fmt.Println("peak concurrency positive:", peak.Load() >= 1)
	fmt.Println("still running:", running.Load())
	fmt.Println("permits held at end:", len(sem))

	// Semaphore of size 1 behaves like a mutex.
	lock := NewSemaphore(1)
	total := 0
	for i := 1; i <= 50; i++ {
		wg.Go(func() {
			lock.Acquire()
			total += i
			lock.Release()
		})
	}
	wg.Wait()
	fmt.Println("total with binary semaphore:", total)
}
