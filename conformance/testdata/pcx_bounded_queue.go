package main

import (
	"errors"
	"fmt"
	"sync"
)

var (
	ErrFull   = errors.New("queue full")
	ErrEmpty  = errors.New("queue empty")
	ErrClosed = errors.New("queue closed")
)

// Queue is a bounded FIFO backed by a buffered channel.
type Queue[T any] struct {
	ch chan T
}

func NewQueue[T any](capacity int) *Queue[T] {
	return &Queue[T]{ch: make(chan T, capacity)}
}

func (q *Queue[T]) Push(v T)        { q.ch <- v }
func (q *Queue[T]) Len() int        { return len(q.ch) }
func (q *Queue[T]) Cap() int        { return cap(q.ch) }
func (q *Queue[T]) Close()          { close(q.ch) }
func (q *Queue[T]) Items() <-chan T { return q.ch }

func (q *Queue[T]) TryPush(v T) error {
	select {
	case q.ch <- v:
		return nil
	default:
		return ErrFull
	}
}

func (q *Queue[T]) TryPop() (T, error) {
	select {
	case v, ok := <-q.ch:
		if !ok {
			return v, ErrClosed
		}
		return v, nil
	default:
		var zero T
		return zero, ErrEmpty
	}
}

type task struct {
	id   int
	name string
}

func main() {
	q := NewQueue[task](3)
	for i, name := range []string{"compile", "link", "test", "deploy", "notify"} {
		err := q.TryPush(task{i, name})
		fmt.Printf("try push %-8s -> len=%d err=%v\n", name, q.Len(), err)
	}
	for range 4 {
		t, err := q.TryPop()
		if err != nil {
			fmt.Println("try pop -> error:", err)
			continue
		}
		fmt.Printf("try pop -> task %d (%s)\n", t.id, t.name)
	}

	// Blocking use: several producers, one consumer ranging until close.
	nums := NewQueue[int](5)
	var wg sync.WaitGroup
	for p := 0; p < 4; p++ {
		wg.Add(1)
		go func(base int) {
			defer wg.Done()
			for i := 1; i <= 50; i++ {
				nums.Push(base + i)
			}
		}(p * 100)
	}
	go func() {
		wg.Wait()
		nums.Close()
	}()

	count, sum, maxV := 0, 0, 0
	for v := range nums.Items() {
		count++
		sum += v
		maxV = max(maxV, v)
	}
	fmt.Printf("consumed %d items, sum=%d, max=%d, cap=%d\n", count, sum, maxV, nums.Cap())

	_, err := nums.TryPop()
	fmt.Println("pop from closed, drained queue:", err)
	v, ok := <-nums.Items()
	fmt.Printf("comma-ok on closed channel: v=%d ok=%t\n", v, ok)
}
