package main

import (
	"errors"
	"fmt"
	"slices"
	"sync"
)

var ErrClosed = errors.New("queue closed")

// Fifo is a plain slice-backed queue, not safe for concurrent use.
type Fifo[T any] struct{ items []T }

func (f *Fifo[T]) Push(v T) { f.items = append(f.items, v) }
func (f *Fifo[T]) Len() int { return len(f.items) }
func (f *Fifo[T]) Pop() T {
	v := f.items[0]
	f.items = f.items[1:]
	return v
}

// SyncQueue wraps Fifo with a mutex and condition variable.
type SyncQueue[T any] struct {
	mu     sync.Mutex
	cond   *sync.Cond
	fifo   Fifo[T]
	closed bool
}

func NewSyncQueue[T any]() *SyncQueue[T] {
	q := &SyncQueue[T]{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *SyncQueue[T]) Put(v T) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return ErrClosed
	}
	q.fifo.Push(v)
	q.cond.Signal()
	return nil
}

func (q *SyncQueue[T]) Take() (T, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.fifo.Len() == 0 && !q.closed {
		q.cond.Wait()
	}
	if q.fifo.Len() == 0 {
		var zero T
		return zero, ErrClosed
	}
	return q.fifo.Pop(), nil
}

func (q *SyncQueue[T]) Len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.fifo.Len()
}

func (q *SyncQueue[T]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

type result struct {
	n, steps int
}

func collatzSteps(n int) (steps int) {
	for ; n != 1; steps++ {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
	}
	return steps
}

func main() {
	jobs := NewSyncQueue[int]()
	results := NewSyncQueue[result]()
	for n := 1; n <= 30; n++ {
		jobs.Put(n)
	}
	fmt.Println("queued jobs:", jobs.Len())
	jobs.Close()
	if err := jobs.Put(99); err != nil {
		fmt.Println("put after close:", err)
	}

	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for {
				n, err := jobs.Take()
				if err != nil {
					return
				}
				results.Put(result{n, collatzSteps(n)})
			}
		})
	}
	wg.Wait()
	results.Close()
	fmt.Println("results ready:", results.Len())

	var all []result
	for r, err := results.Take(); err == nil; r, err = results.Take() {
		all = append(all, r)
	}
	slices.SortFunc(all, func(a, b result) int { return a.n - b.n })
	for _, r := range all {
		if r.n%3 == 0 {
			fmt.Printf("n=%2d steps=%3d\n", r.n, r.steps)
		}
	}
	best := slices.MaxFunc(all, func(a, b result) int { return a.steps - b.steps })
	fmt.Printf("longest: n=%d with %d steps\n", best.n, best.steps)
}
