package main

import (
	"fmt"
	"sort"
	"sync"
)

// Weighted is a FIFO weighted semaphore built on sync.Cond.
type Weighted struct {
	mu       sync.Mutex
	cond     *sync.Cond
	capacity int
	used     int
	peak     int
}

func NewWeighted(n int) *Weighted {
	w := &Weighted{capacity: n}
	w.cond = sync.NewCond(&w.mu)
	return w
}

func (w *Weighted) Acquire(n int) error {
	if n > w.capacity {
		return fmt.Errorf("request %d exceeds capacity %d", n, w.capacity)
	}
	w.mu.Lock()
	for w.used+n > w.capacity {
		w.cond.Wait()
	}
	w.used += n
	w.peak = max(w.peak, w.used)
	w.mu.Unlock()
	return nil
}

func (w *Weighted) Release(n int) {
	w.mu.Lock()
	w.used -= n
	w.mu.Unlock()
	w.cond.Broadcast()
}

type Job struct {
	Name   string
	Weight int
}

func (j Job) String() string { return fmt.Sprintf("%s(w=%d)", j.Name, j.Weight) }

func main() {
	pool := NewWeighted(10)
	jobs := []Job{
		{"ingest", 4}, {"resize", 3}, {"encode", 6}, {"thumb", 1},
		{"index", 5}, {"backup", 10}, {"huge", 12}, {"ping", 1},
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var log []string
	for _, j := range jobs {
		wg.Go(func() {
			if err := pool.Acquire(j.Weight); err != nil {
				mu.Lock()
				log = append(log, fmt.Sprintf("%v rejected: %v", j, err))
				mu.Unlock()
				return
			}
			defer pool.Release(j.Weight)
			units := 0
			for i := range j.Weight * 1000 {
				units += i % 7
			}
			mu.Lock()
			log = append(log, fmt.Sprintf("%v done units=%d", j, units))
			mu.Unlock()
		})
	}
	wg.Wait()
	sort.Strings(log)
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println("peak within capacity:", pool.peak <= pool.capacity, "in use at end:", pool.used)
}
