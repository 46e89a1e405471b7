package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("queue is empty")

// Queue is a FIFO waitlist backed by a slice.
type Queue[T any] struct {
	items []T
}

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

// Set is a generic set with a comparable key.
type Set[K comparable] map[K]struct{}

func (s Set[K]) Add(k K)           { s[k] = struct{}{} }
func (s Set[K]) Has(k K) bool      { _, ok := s[k]; return ok }
func NewSet[K comparable]() Set[K] { return Set[K]{} }

type Booking struct {
	Member string
	Class  string
}

func (b Booking) String() string { return b.Member + "@" + b.Class }

// Drain pops until empty, calling f for each value.
func Drain[T any](q *Queue[T], f func(T)) int {
	n := 0
	for {
		v, err := q.Pop()
		if errors.Is(err, ErrEmpty) {
			return n
		}
		f(v)
		n++
	}
}

type Stack[T fmt.Stringer] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Describe() string {
	out := ""
	for i := len(s.items) - 1; i >= 0; i-- {
		out += "[" + s.items[i].String() + "]"
	}
	return out
}

func main() {
	var waitlist Queue[Booking]
	waitlist.Push(Booking{"ana", "spin"}, Booking{"ben", "yoga"}, Booking{"ana", "spin"})
	waitlist.Push(Booking{"cy", "hiit"})
	fmt.Println("waitlist size:", waitlist.Len())

	first, _ := waitlist.Pop()
	fmt.Printf("promoted: %v (%T)\n", first, first)

	seen := NewSet[Booking]()
	seen.Add(first)
	n := Drain(&waitlist, func(b Booking) {
		if seen.Has(b) {
			fmt.Println("duplicate skipped:", b)
			return
		}
		seen.Add(b)
		fmt.Println("promoted:", b)
	})
	fmt.Println("drained", n, "entries; unique bookings:", len(seen))

	_, err := waitlist.Pop()
	fmt.Println("pop on empty:", err)

	var reps Queue[int]
	for i := range 5 {
		reps.Push(10 - i*2)
	}
	sum := 0
	Drain(&reps, func(r int) { sum += r })
	fmt.Println("pyramid reps total:", sum)

	var plates Stack[Booking]
	plates.Push(Booking{"dee", "box"})
	plates.Push(Booking{"eli", "row"})
	fmt.Println("stack:", plates.Describe())

	var zero Queue[float64]
	v, err := zero.Pop()
	fmt.Printf("zero value %v, err %v\n", v, err)
}
