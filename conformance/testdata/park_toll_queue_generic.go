package main

import (
	"errors"
	"fmt"
)

// Queue is a simple FIFO backed by a slice.
type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Pop() (T, error) {
	var zero T
	if len(q.items) == 0 {
		return zero, errors.New("queue empty")
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

func (q *Queue[T]) Len() int { return len(q.items) }

func (q *Queue[T]) Peek() (T, bool) {
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

func Map[T, U any](in []T, f func(T) U) []U {
	out := make([]U, 0, len(in))
	for _, v := range in {
		out = append(out, f(v))
	}
	return out
}

func Drain[T any](q *Queue[T], handle func(T)) int {
	n := 0
	for q.Len() > 0 {
		v, _ := q.Pop()
		handle(v)
		n++
	}
	return n
}

type Car struct {
	Plate string
	Tag   bool
}

func main() {
	var lane Queue[Car]
	for i, p := range []string{"NY-10", "NJ-22", "PA-31", "CT-47", "MA-58"} {
		lane.Push(Car{Plate: p, Tag: i%2 == 0})
	}
	if head, ok := lane.Peek(); ok {
		fmt.Printf("first in lane: %+v (len %d)\n", head, lane.Len())
	}

	var receipts Queue[Pair[string, int]]
	served := Drain(&lane, func(c Car) {
		fee := 450
		if c.Tag {
			fee = 380
		}
		receipts.Push(Pair[string, int]{c.Plate, fee})
	})
	fmt.Println("served:", served)

	if _, err := lane.Pop(); err != nil {
		fmt.Println("pop on empty lane:", err)
	}

	labels := Map(receipts.items, func(p Pair[string, int]) string { return p.String() })
	fmt.Println("receipts:", labels)

	total := 0
	Drain(&receipts, func(p Pair[string, int]) { total += p.Val })
	fmt.Printf("total: %d cents, receipts left: %d\n", total, receipts.Len())

	var counts Queue[int]
	for i := range 4 {
		counts.Push(i * i)
	}
	doubled := Map(counts.items, func(n int) float64 { return float64(n) * 1.5 })
	fmt.Printf("%v %T\n", doubled, doubled)
}
