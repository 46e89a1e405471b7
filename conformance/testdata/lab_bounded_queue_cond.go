// Lab 4: a generic bounded blocking queue built on sync.Cond.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type BoundedQueue[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []T
	capacity int
	closed   bool
}

func NewBoundedQueue[T any](capacity int) *BoundedQueue[T] {
	q := &BoundedQueue[T]{capacity: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

// Put blocks while the queue is full. It reports false if the queue is closed.
func (q *BoundedQueue[T]) Put(v T) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.capacity && !q.closed {
		q.notFull.Wait()
	}
	if q.closed {
		return false
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	return true
}

// Take blocks while the queue is empty; ok is false once closed and drained.
func (q *BoundedQueue[T]) Take() (v T, ok bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return v, false
	}
	v = q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *BoundedQueue[T]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
	q.notFull.Broadcast()
}

func main() {
	q := NewBoundedQueue[string](3)
	var producers, consumers sync.WaitGroup
	for p := range 3 {
		producers.Go(func() {
			for i := range 5 {
				q.Put(fmt.Sprintf("p%d-%d", p, i))
			}
		})
	}

	var mu sync.Mutex
	var got []string
	for range 2 {
		consumers.Go(func() {
			for {
				v, ok := q.Take()
				if !ok {
					return
				}
				mu.Lock()
				got = append(got, v)
				mu.Unlock()
			}
		})
	}

	producers.Wait()
	q.Close()
	consumers.Wait()

	slices.Sort(got)
	fmt.Println("taken:", len(got))
	fmt.Println(got)
	fmt.Println("put after close:", q.Put("late"))
	_, ok := q.Take()
	fmt.Println("take after close:", ok)
}
