// Lab 10: a bounded blocking queue built from sync.Cond.
// Put blocks while the queue is full, Take blocks while it is empty.
// Close wakes everybody; Take then drains the rest and reports ok=false.
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

func (q *BoundedQueue[T]) Take() (T, bool) {
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
	q.notFull.Broadcast()
	q.notEmpty.Broadcast()
}

func main() {
	const capacity, producers, consumers, perProducer = 3, 4, 3, 25
	q := NewBoundedQueue[int](capacity)

	var pwg, cwg sync.WaitGroup
	got := make([][]int, consumers)
	for c := 0; c < consumers; c++ {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			for {
				v, ok := q.Take()
				if !ok {
					return
				}
				got[c] = append(got[c], v)
			}
		}()
	}
	for p := 0; p < producers; p++ {
		pwg.Add(1)
		go func() {
			defer pwg.Done()
			for i := 0; i < perProducer; i++ {
				if err := q.Put(p*1000 + i); err != nil {
					panic(err)
				}
			}
		}()
	}
	pwg.Wait()
	q.Close()
	cwg.Wait()

	var all []int
	for _, g := range got {
		all = append(all, g...)
	}
	slices.Sort(all)
	fmt.Printf("capacity=%d producers=%d consumers=%d\n", capacity, producers, consumers)
	fmt.Printf("received %d items (expected %d)\n", len(all), producers*perProducer)
	for p := 0; p < producers; p++ {
		lo, _ := slices.BinarySearch(all, p*1000)
		hi, _ := slices.BinarySearch(all, (p+1)*1000)
		fmt.Printf("  from producer %d: %d items, first %d last %d\n", p, hi-lo, all[lo], all[hi-1])
	}
	fmt.Println("queue never exceeded capacity:", q.maxLen <= capacity)
	fmt.Println("put after close:", q.Put(1))
	v, ok := q.Take()
	fmt.Println("take after close:", v, ok)

	// Single-threaded FIFO check.
	f := NewBoundedQueue[string](2)
	f.Put("first")
	f.Put("second")
	a, _ := f.Take()
	b, _ := f.Take()
	fmt.Println("fifo order:", a, b)
}
