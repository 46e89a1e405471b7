// Lecture 5: a bounded blocking queue built from sync.Mutex and sync.Cond.
package main

import (
	"errors"
	"fmt"
	"slices"
	"sync"
)

var ErrClosed = errors.New("queue closed")

type BoundedQueue[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []T
	cap      int
	closed   bool
}

func NewBoundedQueue[T any](capacity int) *BoundedQueue[T] {
	q := &BoundedQueue[T]{cap: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue[T]) Put(v T) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap && !q.closed {
		q.notFull.Wait()
	}
	if q.closed {
		return ErrClosed
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	return nil
}

func (q *BoundedQueue[T]) Take() (T, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	var zero T
	if len(q.items) == 0 {
		return zero, ErrClosed
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, nil
}

func (q *BoundedQueue[T]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
	q.notFull.Broadcast()
}

func main() {
	q := NewBoundedQueue[int](3)
	const producers, perProducer, consumers = 3, 10, 4

	var prodWG sync.WaitGroup
	for p := 0; p < producers; p++ {
		prodWG.Add(1)
		go func(id int) {
			defer prodWG.Done()
			for i := 0; i < perProducer; i++ {
				if err := q.Put(id*100 + i); err != nil {
					fmt.Println("unexpected:", err)
				}
			}
		}(p)
	}

	results := make([][]int, consumers)
	var consWG sync.WaitGroup
	for c := 0; c < consumers; c++ {
		consWG.Add(1)
		go func(id int) {
			defer consWG.Done()
			for {
				v, err := q.Take()
				if errors.Is(err, ErrClosed) {
					return
				}
				results[id] = append(results[id], v)
			}
		}(c)
	}

	prodWG.Wait()
	q.Close()
	consWG.Wait()

	var all []int
	for _, r := range results {
		all = append(all, r...)
	}
	slices.Sort(all)
	fmt.Printf("consumed %d items\n", len(all))
	for p := 0; p < producers; p++ {
		fmt.Printf("producer %d: %v\n", p, all[p*perProducer:(p+1)*perProducer])
	}
	fmt.Println("put after close:", q.Put(42))
	_, err := q.Take()
	fmt.Printf("take after drain: %v\n", err)
}
