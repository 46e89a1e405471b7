// Lab 20: a counting semaphore built on a buffered channel. We record the
// highest number of goroutines inside the guarded section to check that the
// limit is respected.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Semaphore struct {
	slots chan struct{}
}

func NewSemaphore(n int) *Semaphore {
	return &Semaphore{slots: make(chan struct{}, n)}
}

func (s *Semaphore) Acquire() { s.slots <- struct{}{} }

func (s *Semaphore) Release() { <-s.slots }

func (s *Semaphore) TryAcquire() bool {
	select {
	case s.slots <- struct{}{}:
		return true
	default:
		return false
	}
}

func (s *Semaphore) Cap() int { return cap(s.slots) }

type gauge struct {
	cur, peak atomic.Int32
}

func (g *gauge) enter() {
	v := g.cur.Add(1)
	for {
		p := g.peak.Load()
		if v <= p || g.peak.CompareAndSwap(p, v) {
			return
		}
	}
}

func (g *gauge) leave() { g.cur.Add(-1) }

func main() {
	const limit, tasks = 3, 20
	sem := NewSemaphore(limit)
	var g gauge
	results := make([]int, tasks)

	var wg sync.WaitGroup
	for i := range tasks {
		wg.Go(func() {
			sem.Acquire()
			defer sem.Release()
			g.enter()
			defer g.leave()
			if i%5 == 0 {
				time.Sleep(2 * time.Millisecond) // gives others a chance to pile up
			}
			results[i] = i * i
		})
	}
	wg.Wait()

	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println("tasks:", tasks, "limit:", sem.Cap(), "sum:", sum)
	fmt.Println("max concurrency within limit:", g.peak.Load() <= limit)
	fmt.Println("inside at end:", g.cur.Load())

	acquired := 0
	for sem.TryAcquire() {
		acquired++
	}
	fmt.Println("try-acquired on idle semaphore:", acquired)
	for range acquired {
		sem.Release()
	}
	fmt.Println("free slots again:", sem.Cap()-len(sem.slots))
}
