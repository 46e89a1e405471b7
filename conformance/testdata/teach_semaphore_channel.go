package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Semaphore limits concurrency using a buffered channel's capacity.
type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

// Gauge tracks how many tasks are running and the highest value seen.
type Gauge struct {
	cur, peak atomic.Int64
}

func (g *Gauge) Enter() {
	n := g.cur.Add(1)
	for { // atomic max via compare-and-swap
		old := g.peak.Load()
		if n <= old || g.peak.CompareAndSwap(old, n) {
			return
		}
	}
}

func (g *Gauge) Leave() { g.cur.Add(-1) }

func main() {
	const limit, tasks = 3, 12
	sem := make(Semaphore, limit)
	var g Gauge
	results := make([]int, tasks)

	var wg sync.WaitGroup
	for i := range tasks {
		wg.Go(func() {
			sem.Acquire()
			defer sem.Release()
			g.Enter()
			defer g.Leave()
			if i%4 == 0 {
				time.Sleep(time.Millisecond) // widen the overlap a little
			}
			results[i] = i * i
		})
	}
	wg.Wait()

	fmt.Println("== Buffered channel as a counting semaphore ==")
	fmt.Println("limit:", limit, "tasks:", tasks)
	fmt.Println("results:", results)
	fmt.Println("peak concurrency <= limit:", g.peak.Load() <= limit)
	fmt.Println("peak concurrency >= 1:    ", g.peak.Load() >= 1)
	fmt.Println("running at the end:", g.cur.Load())
	fmt.Println("slots in use at the end:", len(sem))
	fmt.Println("(the exact peak depends on scheduling, so only the bound is printed)")
}
