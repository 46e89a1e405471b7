// Handout 7: a bounded blocking queue built with sync.Cond.
// Producers wait while the queue is full, consumers wait while it is
// empty. Close wakes everybody so consumers can finish.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type BoundedQueue[T any] struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []T
	capacity int
	closed   bool
	maxLen   int
}

func NewBoundedQueue[T any](capacity int) *BoundedQueue[T] {
	q := &BoundedQueue[T]{capacity: capacity}
	q.notFull = sync.NewCond(&q.mu)
	q.notEmpty = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue[T]) Put(v T) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.capacity {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.maxLen = max(q.maxLen, len(q.items))
	q.notEmpty.Signal()
}

// Get returns false once the queue is closed and drained.
func (q *BoundedQueue[T]) Get() (T, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *BoundedQueue[T]) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

type item struct {
	producer, seq int
}

func main() {
	q := NewBoundedQueue[item](4)
	var producers, consumers sync.WaitGroup
	const numProducers, perProducer, numConsumers = 3, 6, 2

	for p := range numProducers {
		producers.Go(func() {
			for s := range perProducer {
				q.Put(item{p, s})
			}
		})
	}
	perConsumer := make([][]item, numConsumers)
	for c := range numConsumers {
		consumers.Go(func() {
			for {
				it, ok := q.Get()
				if !ok {
					return
				}
				perConsumer[c] = append(perConsumer[c], it)
			}
		})
	}
	producers.Wait()
	q.Close()
	consumers.Wait()

	var all []item
	for _, got := range perConsumer {
		all = append(all, got...)
	}
	slices.SortFunc(all, func(a, b item) int {
		if a.producer != b.producer {
			return a.producer - b.producer
		}
		return a.seq - b.seq
	})
	for _, it := range all {
		fmt.Printf("consumed producer=%d seq=%d\n", it.producer, it.seq)
	}
	fmt.Println("total consumed:", len(all), "expected:", numProducers*perProducer)
	fmt.Println("queue never exceeded capacity:", q.maxLen <= q.capacity)
}
