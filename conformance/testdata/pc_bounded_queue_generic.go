// Lab 19: a generic bounded blocking queue and an iterator to drain it.
package main

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"sync"
)

var ErrClosed = errors.New("queue closed")

// BoundedQueue is a FIFO with a fixed capacity, safe for concurrent use.
type BoundedQueue[T any] struct {
	items chan T
	once  sync.Once
}

func NewBoundedQueue[T any](capacity int) *BoundedQueue[T] {
	return &BoundedQueue[T]{items: make(chan T, capacity)}
}

func (q *BoundedQueue[T]) Put(v T) { q.items <- v }

// TryPut fails instead of blocking when the queue is full.
func (q *BoundedQueue[T]) TryPut(v T) bool {
	select {
	case q.items <- v:
		return true
	default:
		return false
	}
}

func (q *BoundedQueue[T]) Get() (T, error) {
	v, ok := <-q.items
	if !ok {
		var zero T
		return zero, ErrClosed
	}
	return v, nil
}

func (q *BoundedQueue[T]) Close()   { q.once.Do(func() { close(q.items) }) }
func (q *BoundedQueue[T]) Len() int { return len(q.items) }
func (q *BoundedQueue[T]) Cap() int { return cap(q.items) }

// All yields items until the queue is closed and empty.
func (q *BoundedQueue[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range q.items {
			if !yield(v) {
				return
			}
		}
	}
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	q := NewBoundedQueue[int](4)
	for i := range 6 {
		fmt.Printf("TryPut(%d) = %v, len=%d/%d\n", i, q.TryPut(i), q.Len(), q.Cap())
	}
	for range 2 {
		v, err := q.Get()
		fmt.Println("Get ->", v, err)
	}

	// Many producers, one consumer reading through the iterator.
	pq := NewBoundedQueue[Point](2)
	var wg sync.WaitGroup
	for x := range 3 {
		wg.Go(func() {
			for y := range 3 {
				pq.Put(Point{x, y})
			}
		})
	}
	go func() {
		wg.Wait()
		pq.Close()
	}()
	pts := slices.Collect(pq.All())
	slices.SortFunc(pts, func(a, b Point) int {
		if a.X != b.X {
			return a.X - b.X
		}
		return a.Y - b.Y
	})
	fmt.Println("points:", pts)
	fmt.Printf("first point %v has type %T\n", pts[0], pts[0])

	_, err := pq.Get()
	fmt.Println("get after close:", err, errors.Is(err, ErrClosed))
	pq.Close() // closing twice is safe thanks to sync.Once

	sq := NewBoundedQueue[string](3)
	sq.Put("x")
	sq.Put("y")
	sq.Close()
	fmt.Printf("%q\n", slices.Collect(sq.All()))
}
