package main

import (
	"errors"
	"fmt"
)

// Queue is a simple FIFO queue for any element type.
type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func (q Queue[T]) Len() int { return len(q.items) }

// Stack is a LIFO stack, used for loading a truck back-to-front.
type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(*s) == 0 {
		return zero, errors.New("stack empty")
	}
	last := len(*s) - 1
	v := (*s)[last]
	*s = (*s)[:last]
	return v, nil
}

type Parcel struct {
	Tracking string
	WeightKg float64
	Stop     int
}

func Map[T, U any](in []T, f func(T) U) []U {
	out := make([]U, 0, len(in))
	for _, v := range in {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](in []T, keep func(T) bool) []T {
	var out []T
	for _, v := range in {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	var inbox Queue[Parcel]
	inbox.Push(Parcel{"PX-1001", 2.5, 3})
	inbox.Push(Parcel{"PX-1002", 12.0, 1})
	inbox.Push(Parcel{"PX-1003", 0.8, 2})
	inbox.Push(Parcel{"PX-1004", 7.25, 1})
	fmt.Println("parcels waiting:", inbox.Len())

	var all []Parcel
	for {
		p, ok := inbox.Pop()
		if !ok {
			break
		}
		fmt.Printf("scanned %+v\n", p)
		all = append(all, p)
	}

	// Load in reverse stop order so the first stop is on top.
	var truck Stack[Parcel]
	for stop := 3; stop >= 1; stop-- {
		for _, p := range all {
			if p.Stop == stop {
				truck.Push(p)
			}
		}
	}
	fmt.Println("loaded on truck:", len(truck))
	for len(truck) > 0 {
		p, _ := truck.Pop()
		fmt.Printf("unload at stop %d: %s\n", p.Stop, p.Tracking)
	}
	if _, err := truck.Pop(); err != nil {
		fmt.Println("error:", err)
	}

	heavy := Filter(all, func(p Parcel) bool { return p.WeightKg > 5 })
	ids := Map(heavy, func(p Parcel) string { return p.Tracking })
	fmt.Println("heavy parcels:", ids)

	weights := Map(all, func(p Parcel) float64 { return p.WeightKg })
	fmt.Printf("weights: %v\n", weights)

	var names Queue[string]
	names.Push("north-route")
	s, _ := names.Pop()
	_, ok := names.Pop()
	fmt.Printf("%T %q %v\n", names, s, ok)
}
