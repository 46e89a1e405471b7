// A bounded FIFO buffer guarded by a mutex and two condition variables.
package main

import (
	"errors"
	"fmt"
	"slices"
	"sync"
)

var ErrClosed = errors.New("buffer closed")

type BoundedBuffer[T any] struct {
	mu                sync.Mutex
	notFull, notEmpty *sync.Cond
	items             []T
	capacity, maxSeen int
	closed            bool
}

func NewBoundedBuffer[T any](capacity int) *BoundedBuffer[T] {
	b := &BoundedBuffer[T]{capacity: capacity}
	b.notFull, b.notEmpty = sync.NewCond(&b.mu), sync.NewCond(&b.mu)
	return b
}

func (b *BoundedBuffer[T]) Put(v T) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == b.capacity {
		b.notFull.Wait()
	}
	b.items = append(b.items, v)
	b.maxSeen = max(b.maxSeen, len(b.items))
	b.notEmpty.Signal()
}

func (b *BoundedBuffer[T]) Take() (T, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == 0 && !b.closed {
		b.notEmpty.Wait()
	}
	if len(b.items) == 0 {
		var zero T
		return zero, ErrClosed
	}
	v := b.items[0]
	b.items = b.items[1:]
	b.notFull.Signal()
	return v, nil
}

func (b *BoundedBuffer[T]) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	b.notEmpty.Broadcast()
}

func main() {
	buf := NewBoundedBuffer[int](3)
	const producers, perProducer, consumers = 3, 10, 2

	var prodWG, consWG sync.WaitGroup
	for p := range producers {
		prodWG.Go(func() { // Go 1.25+: Add(1), go, defer Done in one call
			for i := range perProducer {
				buf.Put(p*100 + i)
			}
		})
	}

	got := make([][]int, consumers)
	for c := range consumers {
		consWG.Go(func() {
			for {
				v, err := buf.Take()
				if errors.Is(err, ErrClosed) {
					return
				}
				got[c] = append(got[c], v)
			}
		})
	}

	prodWG.Wait()
	buf.Close()
	consWG.Wait()

	all := slices.Concat(got...)
	slices.Sort(all)
	fmt.Println("items consumed:", len(all))
	fmt.Println("items:", all)
	fmt.Println("never exceeded capacity:", buf.maxSeen <= 3)
	_, err := buf.Take()
	fmt.Println("take after close:", err)
}
