package main

import (
	"fmt"
	"sync"
)

// BoundedQueue is a FIFO with a fixed capacity, coordinated by sync.Cond.
type BoundedQueue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	capacity int
	closed   bool
}

func NewBoundedQueue(capacity int) *BoundedQueue {
	q := &BoundedQueue{capacity: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue) Put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.capacity {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
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
	q.notEmpty.Broadcast()
}

func main() {
	q := NewBoundedQueue(2)

	done := make(chan []int)
	go func() {
		var got []int
		for {
			v, ok := q.Get()
			if !ok {
				break
			}
			got = append(got, v)
		}
		done <- got
	}()

	for i := 1; i <= 10; i++ {
		q.Put(i * 11)
	}
	q.Close()

	got := <-done
	fmt.Println("received in order:", got)
	fmt.Println("count:", len(got))
}
