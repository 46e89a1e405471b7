// Lab 5: bounded parallelism using a buffered channel as a counting semaphore.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Semaphore chan struct{}

func NewSemaphore(n int) Semaphore { return make(Semaphore, n) }
func (s Semaphore) Acquire()       { s <- struct{}{} }
func (s Semaphore) Release()       { <-s }

type Tracker struct {
	active atomic.Int32
	peak   atomic.Int32
}

func (t *Tracker) Enter() {
	n := t.active.Add(1)
	for {
		p := t.peak.Load()
		if n <= p || t.peak.CompareAndSwap(p, n) {
			return
		}
	}
}

func (t *Tracker) Leave() { t.active.Add(-1) }

func download(id int) int {
	time.Sleep(time.Millisecond) // pretend to do I/O
	return id * 1024
}

func run(limit, tasks int) (int32, int) {
	sem := NewSemaphore(limit)
	var tr Tracker
	var wg sync.WaitGroup
	sizes := make([]int, tasks)
	for i := 0; i < tasks; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			tr.Enter()
			defer tr.Leave()
			sizes[i] = download(i)
		}()
	}
	wg.Wait()
	total := 0
	for _, s := range sizes {
		total += s
	}
	return tr.peak.Load(), total
}

func main() {
	fmt.Println("limit tasks  peak<=limit  bytes")
	for _, limit := range []int{1, 2, 3, 5} {
		peak, total := run(limit, 12)
		fmt.Printf("%5d %5d  %-11v  %d\n", limit, 12, peak <= int32(limit) && peak >= 1, total)
	}
	// With limit 1 the semaphore acts like a mutex.
	peak, _ := run(1, 6)
	fmt.Println("limit 1 peak exactly 1:", peak == 1)
}
