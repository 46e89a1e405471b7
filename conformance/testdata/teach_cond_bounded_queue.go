package main

import (
	"fmt"
	"slices"
	"sync"
)

// BoundedQueue blocks producers when full and consumers when empty.
type BoundedQueue struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []int
	limit    int
	closed   bool
	maxLen   int
}

func NewBoundedQueue(limit int) *BoundedQueue {
	q := &BoundedQueue{limit: limit}
	q.notFull = sync.NewCond(&q.mu)
	q.notEmpty = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue) Put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.limit { // always wait in a loop
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.maxLen = max(q.maxLen, len(q.items))
	q.notEmpty.Signal()
}

// Get returns false once the queue is closed and drained.
func (q *BoundedQueue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *BoundedQueue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast() // wake every waiting consumer
}

func main() {
	q := NewBoundedQueue(3)
	var producers, consumers sync.WaitGroup
	for p := range 3 {
		producers.Go(func() {
			for i := range 5 {
				q.Put(p*100 + i)
			}
		})
	}
	var mu sync.Mutex
	var got []int
	for range 2 {
		consumers.Go(func() {
			for {
				v, ok := q.Get()
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
	fmt.Println("== sync.Cond producer/consumer ==")
	fmt.Println("items consumed:", len(got))
	fmt.Println("sorted:", got)
	fmt.Println("queue never exceeded its limit:", q.maxLen <= q.limit)
	fmt.Println("Wait releases the mutex while sleeping and re-locks before returning.")
}
