package main

import (
	"fmt"
	"iter"
	"strings"
)

// Queue is a FIFO queue backed by a growable ring buffer.
type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](capacity int) *Queue[T] {
	return &Queue[T]{buf: make([]T, max(capacity, 1))}
}

func (q *Queue[T]) grow() {
	nb := make([]T, len(q.buf)*2)
	for i := range q.size {
		nb[i] = q.buf[(q.head+i)%len(q.buf)]
	}
	q.buf, q.head = nb, 0
}

func (q *Queue[T]) Enqueue(v T) {
	if q.size == len(q.buf) {
		q.grow()
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if q.size == 0 {
		return zero, false
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func (q *Queue[T]) Len() int { return q.size }
func (q *Queue[T]) Cap() int { return len(q.buf) }

// All yields the queued elements front to back without removing them.
func (q *Queue[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := range q.size {
			if !yield(i, q.buf[(q.head+i)%len(q.buf)]) {
				return
			}
		}
	}
}

func (q *Queue[T]) String() string {
	parts := make([]string, 0, q.size)
	for _, v := range q.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "<" + strings.Join(parts, " <- ") + ">"
}

type job struct {
	ID   int
	Name string
}

func main() {
	q := NewQueue[int](2)
	for i := range 5 {
		q.Enqueue(i * i)
		fmt.Printf("enqueue %2d -> len=%d cap=%d %v\n", i*i, q.Len(), q.Cap(), q)
	}
	for range 3 {
		v, _ := q.Dequeue()
		fmt.Println("dequeued", v, "now", q)
	}
	q.Enqueue(100)
	q.Enqueue(200)
	for i, v := range q.All() {
		fmt.Printf("  [%d] %d\n", i, v)
	}

	jobs := NewQueue[job](4)
	for i, name := range []string{"build", "test", "lint", "deploy"} {
		jobs.Enqueue(job{ID: i + 1, Name: name})
	}
	fmt.Println(jobs)
	for {
		j, ok := jobs.Dequeue()
		if !ok {
			break
		}
		fmt.Printf("processing %+v (remaining %d)\n", j, jobs.Len())
	}
	_, ok := jobs.Dequeue()
	fmt.Println("empty dequeue ok:", ok, "string:", jobs)
	fmt.Printf("%T\n", jobs)
}
