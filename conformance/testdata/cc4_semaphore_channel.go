// Handout 4: a counting semaphore built from a buffered channel.
// At most `limit` tasks may hold the semaphore at once. We measure the
// peak concurrency with atomics and check it never exceeds the limit.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Semaphore chan struct{}

func NewSemaphore(n int) Semaphore { return make(Semaphore, n) }
func (s Semaphore) Acquire()       { s <- struct{}{} }
func (s Semaphore) Release()       { <-s }

type gauge struct {
	cur, peak atomic.Int64
}

func (g *gauge) enter() {
	c := g.cur.Add(1)
	for {
		p := g.peak.Load()
		if c <= p || g.peak.CompareAndSwap(p, c) {
			return
		}
	}
}

func (g *gauge) leave() { g.cur.Add(-1) }

// digitalRoot is the task each goroutine performs.
func digitalRoot(n int) int {
	for n >= 10 {
		s := 0
		for ; n > 0; n /= 10 {
			s += n % 10
		}
		n = s
	}
	return n
}

func main() {
	const limit = 3
	inputs := []int{987654321, 123456789, 999999999, 1000000007, 42, 77777, 31415926, 27182818,
		16180339, 14142135, 2718, 3141, 8675309, 5551234}
	sem := NewSemaphore(limit)
	var g gauge
	var wg sync.WaitGroup
	results := make([]int, len(inputs))

	for i, n := range inputs {
		wg.Go(func() {
			sem.Acquire()
			defer sem.Release()
			g.enter()
			defer g.leave()
			results[i] = digitalRoot(n)
		})
	}
	wg.Wait()

	for i, n := range inputs {
		fmt.Printf("digitalRoot(%10d) = %d\n", n, results[i])
	}
	fmt.Println("semaphore capacity:", cap(sem))
	fmt.Println("peak concurrency within limit:", g.peak.Load() >= 1 && g.peak.Load() <= limit)
	fmt.Println("in flight at end:", g.cur.Load())
}
