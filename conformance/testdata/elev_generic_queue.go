package main

import (
	"errors"
	"fmt"
)

// Queue is a simple FIFO queue backed by a slice.
type Queue[T any] struct {
	items []T
}

var ErrEmpty = errors.New("queue is empty")

func (q *Queue[T]) Push(v ...T) { q.items = append(q.items, v...) }

func (q *Queue[T]) Pop() (T, error) {
	var zero T
	if len(q.items) == 0 {
		return zero, ErrEmpty
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

func (q *Queue[T]) Len() int { return len(q.items) }

// Map applies f to each element, producing a new slice.
func Map[T, U any](in []T, f func(T) U) []U {
	out := make([]U, 0, len(in))
	for _, v := range in {
		out = append(out, f(v))
	}
	return out
}

// Filter keeps elements for which keep returns true.
func Filter[T any](in []T, keep func(T) bool) []T {
	var out []T
	for _, v := range in {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

type FloorRequest struct {
	Floor int
	By    string
}

func (r FloorRequest) String() string { return fmt.Sprintf("%s->%d", r.By, r.Floor) }

func main() {
	var q Queue[FloorRequest]
	q.Push(
		FloorRequest{5, "ana"},
		FloorRequest{2, "ben"},
		FloorRequest{11, "cho"},
		FloorRequest{7, "dev"},
	)
	fmt.Println("queued:", q.Len())

	served := []FloorRequest{}
	for {
		r, err := q.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("done:", err)
			break
		}
		served = append(served, r)
		fmt.Println("serving", r)
	}

	floors := Map(served, func(r FloorRequest) int { return r.Floor })
	fmt.Println("floors:", floors)
	high := Filter(floors, func(f int) bool { return f > 5 })
	fmt.Println("above 5:", high)
	labels := Map(high, func(f int) string { return fmt.Sprintf("F%02d", f) })
	fmt.Printf("labels: %q\n", labels)

	var names Queue[string]
	names.Push("maintenance", "inspection")
	first, _ := names.Pop()
	fmt.Printf("%T len=%d first=%s\n", names, names.Len(), first)
}
