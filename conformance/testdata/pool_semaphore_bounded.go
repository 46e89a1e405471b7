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

type tracker struct {
	current atomic.Int64
	peak    atomic.Int64
}

func (t *tracker) enter() {
	n := t.current.Add(1)
	for {
		p := t.peak.Load()
		if n <= p || t.peak.CompareAndSwap(p, n) {
			return
		}
	}
}

func (t *tracker) leave() { t.current.Add(-1) }

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
	inputs := []int{27, 97, 871, 6171, 77031, 837799, 8400511, 63728127, 3, 7}

	sem := NewSemaphore(limit)
	var tr tracker
	steps := make([]int, len(inputs))

	var wg sync.WaitGroup
	for i, n := range inputs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			tr.enter()
			defer tr.leave()
			steps[i] = collatzSteps(n)
		}()
	}
	wg.Wait()

	fmt.Printf("ran %d tasks with at most %d in flight\n", len(inputs), limit)
	for i, n := range inputs {
		fmt.Printf("collatz(%d) takes %d steps\n", n, steps[i])
	}
	peak := tr.peak.Load()
	fmt.Println("peak within limit:", peak >= 1 && peak <= limit)
	fmt.Println("all released:", tr.current.Load() == 0 && len(sem) == 0)
}
