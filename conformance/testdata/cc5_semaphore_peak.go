// Exercise 9: a counting semaphore limits concurrency; the peak is measured and asserted.
package main

import (
	"fmt"
	"sync"
)

type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

// Gauge tracks how many tasks are inside the critical region.
type Gauge struct {
	mu       sync.Mutex
	cond     *sync.Cond
	inFlight int
	peak     int
	started  int
}

func NewGauge() *Gauge {
	g := &Gauge{}
	g.cond = sync.NewCond(&g.mu)
	return g
}

// Enter records a task and holds it until the region is full (or no more
// tasks can arrive), so the peak reached is deterministic.
func (g *Gauge) Enter(limit, total int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.inFlight++
	g.started++
	g.peak = max(g.peak, g.inFlight)
	g.cond.Broadcast()
	for g.inFlight < limit && g.started < total {
		g.cond.Wait()
	}
}

func (g *Gauge) Leave() {
	g.mu.Lock()
	g.inFlight--
	g.cond.Broadcast()
	g.mu.Unlock()
}

func runLimited(tasks, limit int, work func(int) int) ([]int, int) {
	sem := make(Semaphore, limit)
	gauge := NewGauge()
	results := make([]int, tasks)
	var wg sync.WaitGroup
	for i := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			gauge.Enter(limit, tasks)
			results[i] = work(i)
			gauge.Leave()
		}()
	}
	wg.Wait()
	return results, gauge.peak
}

func main() {
	square := func(i int) int { return i * i }
	for _, limit := range []int{1, 2, 3, 5, 8} {
		results, peak := runLimited(12, limit, square)
		if peak > limit {
			panic(fmt.Sprintf("semaphore violated: peak %d > limit %d", peak, limit))
		}
		sum := 0
		for _, r := range results {
			sum += r
		}
		fmt.Printf("limit=%d tasks=12 peak=%d assert(peak<=limit)=ok sum=%d\n", limit, peak, sum)
	}
	results, peak := runLimited(4, 10, func(i int) int { return 10 - i })
	fmt.Printf("fewer tasks than slots: peak=%d results=%v\n", peak, results)
	for i, r := range results {
		fmt.Printf("  task %d -> %d\n", i, r)
	}
	fib := func(n int) int {
		a, b := 0, 1
		for range n {
			a, b = b, a+b
		}
		return a
	}
	results, peak = runLimited(10, 4, fib)
	fmt.Printf("fib under limit 4: peak=%d\n", peak)
	for i, r := range results {
		fmt.Printf("  fib(%d) = %d\n", i, r)
	}
}
