// Exercise 2: a bounded buffer built with sync.Cond.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type BoundedBuffer[T any] struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []T
	capacity int
	closed   bool
	maxSeen  int
}

func NewBoundedBuffer[T any](capacity int) *BoundedBuffer[T] {
	b := &BoundedBuffer[T]{capacity: capacity}
	b.notFull = sync.NewCond(&b.mu)
	b.notEmpty = sync.NewCond(&b.mu)
	return b
}

func (b *BoundedBuffer[T]) Put(v T) {
	b.mu.Lock()
	for len(b.items) == b.capacity {
		b.notFull.Wait()
	}
	b.items = append(b.items, v)
	if len(b.items) > b.maxSeen {
		b.maxSeen = len(b.items)
	}
	b.notEmpty.Signal()
	b.mu.Unlock()
}

// Get returns false once the buffer is closed and drained.
func (b *BoundedBuffer[T]) Get() (T, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == 0 && !b.closed {
		b.notEmpty.Wait()
	}
	if len(b.items) == 0 {
		var zero T
		return zero, false
	}
	v := b.items[0]
	b.items = b.items[1:]
	b.notFull.Signal()
	return v, true
}

func (b *BoundedBuffer[T]) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	b.notEmpty.Broadcast()
}

func main() {
	const capacity = 4
	buf := NewBoundedBuffer[int](capacity)
	producers, consumers, perProducer := 3, 4, 10

	var prodWG, consWG sync.WaitGroup
	for p := range producers {
		prodWG.Add(1)
		go func(id int) {
			defer prodWG.Done()
			for i := range perProducer {
				buf.Put(id*100 + i)
			}
		}(p)
	}
	got := make([][]int, consumers)
	for c := range consumers {
		consWG.Add(1)
		go func(id int) {
			defer consWG.Done()
			for v, ok := buf.Get(); ok; v, ok = buf.Get() {
				got[id] = append(got[id], v)
			}
		}(c)
	}
	prodWG.Wait()
	buf.Close()
	consWG.Wait()

	all := slices.Sorted(slices.Values(slices.Concat(got...)))
	fmt.Printf("capacity=%d producers=%d consumers=%d\n", capacity, producers, consumers)
	fmt.Printf("items received: %d (expected %d)\n", len(all), producers*perProducer)
	for p := range producers {
		fmt.Printf("producer %d items: %v\n", p, all[p*perProducer:(p+1)*perProducer])
	}
	fmt.Printf("buffer never exceeded capacity: %v\n", buf.maxSeen <= capacity)
	_, ok := buf.Get()
	fmt.Printf("get after close and drain ok=%v\n", ok)

	// Phase 2: one producer, one consumer, tiny buffer: order must be FIFO.
	words := NewBoundedBuffer[string](2)
	go func() {
		for _, w := range []string{"mon", "tue", "wed", "thu", "fri", "sat"} {
			words.Put(w)
		}
		words.Close()
	}()
	i := 1
	for w, ok := words.Get(); ok; w, ok = words.Get() {
		fmt.Printf("fifo #%d: %s\n", i, w)
		i++
	}
	fmt.Printf("string buffer stayed within capacity: %v\n", words.maxSeen <= 2)
}
