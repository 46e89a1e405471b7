package main

import (
	"fmt"
	"sort"
	"sync"
)

type BoundedBuffer[T any] struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []T
	cap      int
	closed   bool
}

func NewBoundedBuffer[T any](capacity int) *BoundedBuffer[T] {
	b := &BoundedBuffer[T]{cap: capacity}
	b.notFull = sync.NewCond(&b.mu)
	b.notEmpty = sync.NewCond(&b.mu)
	return b
}

func (b *BoundedBuffer[T]) Put(v T) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == b.cap {
		b.notFull.Wait()
	}
	b.items = append(b.items, v)
	b.notEmpty.Signal()
}

func (b *BoundedBuffer[T]) Get() (T, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for len(b.items) == 0 && !b.closed {
		b.notEmpty.Wait()
	}
	var zero T
	if len(b.items) == 0 {
		return zero, false
	}
	v := b.items[0]
	b.items = b.items[1:]
	b.notFull.Signal()
	return v, true
}

func (b *BoundedBuffer[T]) Close() {
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	b.notEmpty.Broadcast()
}

func main() {
	buf := NewBoundedBuffer[int](3)
	var producers, consumers sync.WaitGroup
	for p := range 3 {
		producers.Go(func() {
			for i := range 10 {
				buf.Put(p*100 + i)
			}
		})
	}
	var mu sync.Mutex
	var got []int
	for range 2 {
		consumers.Go(func() {
			for {
				v, ok := buf.Get()
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
	buf.Close()
	consumers.Wait()
	sort.Ints(got)
	sum := 0
	for _, v := range got {
		sum += v
	}
	fmt.Println("consumed:", len(got))
	fmt.Println("first/last:", got[0], got[len(got)-1])
	fmt.Println("sum:", sum, "expected:", 3*45+100*10+200*10)
}
