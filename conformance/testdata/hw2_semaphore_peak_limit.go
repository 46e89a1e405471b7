// Homework 2, problem 13: a counting semaphore limiting concurrency.
// The semaphore is a buffered channel of capacity `limit`: sending acquires
// a slot, receiving releases it. Each task records how many tasks are active
// when it starts, and we keep the peak with an atomic CAS loop. The exact
// peak depends on scheduling, so we only report whether it stayed in bounds.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Semaphore is a counting semaphore based on a channel.
type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

// Task is a unit of work; Result is its answer.
type Task struct {
	ID int
	N  int
}

type Result struct {
	ID     int
	Digits int
}

// digitSumRepeated is deliberately a little busy so tasks overlap.
func digitSumRepeated(n int) int {
	total := 0
	for k := 1; k <= 200; k++ {
		for v := n * k; v > 0; v /= 10 {
			total += v % 10
		}
	}
	return total
}

func main() {
	const limit, numTasks = 3, 12
	sem := make(Semaphore, limit)
	var active, peak, violations atomic.Int32
	results := make([]Result, numTasks)

	var wg sync.WaitGroup
	for i := 0; i < numTasks; i++ {
		t := Task{ID: i, N: 1000 + i*37}
		wg.Go(func() {
			sem.Acquire()
			defer sem.Release()
			now := active.Add(1)
			if now > limit {
				violations.Add(1)
			}
			for {
				p := peak.Load()
				if now <= p || peak.CompareAndSwap(p, now) {
					break
				}
			}
			results[t.ID] = Result{ID: t.ID, Digits: digitSumRepeated(t.N)}
			active.Add(-1)
		})
	}
	wg.Wait()

	fmt.Println("Semaphore-limited tasks, limit =", limit)
	for _, r := range results {
		fmt.Printf("task %2d: repeated digit sum = %d\n", r.ID, r.Digits)
	}
	fmt.Println("peak within limit:", peak.Load() >= 1 && peak.Load() <= limit)
	fmt.Println("limit violations:", violations.Load())
	fmt.Println("active at end:", active.Load())
	fmt.Println("slots free at end:", cap(sem)-len(sem))
}
