package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrClosed = errors.New("queue closed")

// BoundedQueue is a blocking FIFO built on sync.Cond.
type BoundedQueue[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []T
	capacity int
	closed   bool
	maxLen   int
}

func NewBoundedQueue[T any](capacity int) *BoundedQueue[T] {
	q := &BoundedQueue[T]{capacity: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue[T]) Put(v T) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.capacity && !q.closed {
		q.notFull.Wait()
	}
	if q.closed {
		return ErrClosed
	}
	q.items = append(q.items, v)
	q.maxLen = max(q.maxLen, len(q.items))
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
	q.items[0] = zero
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

type task struct {
	producer string
	n        int
}

func main() {
	q := NewBoundedQueue[task](3)
	producers := []string{"ingest", "replay", "backfill"}

	var prodWG, consWG sync.WaitGroup
	for _, name := range producers {
		prodWG.Add(1)
		go func() {
			defer prodWG.Done()
			for i := 1; i <= 20; i++ {
				if err := q.Put(task{producer: name, n: i}); err != nil {
					panic(err)
				}
			}
		}()
	}

	var mu sync.Mutex
	perProducer := map[string]int{}
	sums := make([]int, 2)
	lastSeen := []map[string]int{{}, {}}
	inOrder := true
	for c := 0; c < 2; c++ {
		consWG.Add(1)
		go func() {
			defer consWG.Done()
			for {
				t, err := q.Take()
				if err != nil {
					return
				}
				mu.Lock()
				perProducer[t.producer]++
				if t.n <= lastSeen[c][t.producer] {
					inOrder = false
				}
				lastSeen[c][t.producer] = t.n
				sums[c] += t.n
				mu.Unlock()
			}
		}()
	}

	prodWG.Wait()
	q.Close()
	consWG.Wait()

	names := make([]string, 0, len(perProducer))
	for k := range perProducer {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-9s consumed %d\n", n, perProducer[n])
	}
	fmt.Println("total sum:", sums[0]+sums[1])
	fmt.Println("per-consumer order preserved:", inOrder)
	fmt.Println("max queue length within capacity:", q.maxLen <= 3)
	if err := q.Put(task{"late", 1}); err != nil {
		fmt.Println("put after close:", err)
	}
	_, err := q.Take()
	fmt.Println("take after close:", err)
}
