package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("queue is empty")

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Enqueue(v ...T) { q.items = append(q.items, v...) }

func (q *Queue[T]) Dequeue() (T, error) {
	var zero T
	if len(q.items) == 0 {
		return zero, ErrEmpty
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

func (q Queue[T]) Len() int { return len(q.items) }

func (q Queue[T]) Peek() (T, bool) {
	if len(q.items) == 0 {
		var zero T
		return zero, false
	}
	return q.items[0], true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Appointment struct {
	Patient string
	Clinic  string
}

func main() {
	var waiting Queue[Appointment]
	waiting.Enqueue(
		Appointment{"Ibrahim", "dermatology"},
		Appointment{"Jensen", "ENT"},
		Appointment{"Kowalski", "dermatology"},
	)
	if p, ok := waiting.Peek(); ok {
		fmt.Println("next up:", p.Patient)
	}
	fmt.Println("waiting:", waiting.Len())

	for {
		a, err := waiting.Dequeue()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("done:", err)
			break
		}
		fmt.Printf("calling %-9s to %s\n", a.Patient, a.Clinic)
	}

	var rooms Queue[int]
	rooms.Enqueue(101, 102, 205)
	r, _ := rooms.Dequeue()
	fmt.Printf("room %d assigned, %d left, type %T\n", r, rooms.Len(), rooms)

	pairs := []Pair[string, int]{{"ENT", 2}, {"dermatology", 5}, {"oncology", 1}}
	fmt.Println(pairs)
	labels := Map(pairs, func(p Pair[string, int]) string { return p.Key })
	fmt.Printf("%q\n", labels)
	doubled := Map(pairs, func(p Pair[string, int]) int { return p.Val * 2 })
	fmt.Println(doubled)

	var empty Queue[string]
	s, err := empty.Dequeue()
	fmt.Printf("empty dequeue: %q %v\n", s, err)
}
