package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("queue is empty")

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }

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

func (q *Queue[T]) Peek() (T, bool) {
	if len(q.items) == 0 {
		var zero T
		return zero, false
	}
	return q.items[0], true
}

type Ticket struct {
	Number   int
	Customer string
	Drink    string
}

func (t Ticket) String() string {
	return fmt.Sprintf("#%d %s for %s", t.Number, t.Drink, t.Customer)
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Drain[T any](q *Queue[T], fn func(T)) int {
	n := 0
	for {
		v, err := q.Pop()
		if errors.Is(err, ErrEmpty) {
			return n
		}
		fn(v)
		n++
	}
}

func main() {
	var tickets Queue[Ticket]
	tickets.Push(Ticket{101, "Sam", "flat white"})
	tickets.Push(Ticket{102, "Rita", "oat latte"})
	tickets.Push(Ticket{103, "Omar", "doppio"})

	if next, ok := tickets.Peek(); ok {
		fmt.Println("next up:", next)
	}
	fmt.Println("waiting:", tickets.Len())

	served := Drain(&tickets, func(t Ticket) {
		fmt.Println("serving", t)
	})
	fmt.Println("served:", served)

	_, err := tickets.Pop()
	fmt.Println("pop on empty:", err)

	var names Queue[string]
	for _, n := range []string{"mug", "cup", "glass"} {
		names.Push(n)
	}
	first, _ := names.Pop()
	fmt.Printf("string queue: first=%q remaining=%d type=%T\n", first, names.Len(), names)

	var tips Queue[Pair[string, float64]]
	tips.Push(Pair[string, float64]{"Ana", 3.50})
	tips.Push(Pair[string, float64]{"Ben", 1.25})
	total := 0.0
	Drain(&tips, func(p Pair[string, float64]) {
		fmt.Printf("tip %-4s %5.2f\n", p.Key, p.Val)
		total += p.Val
	})
	fmt.Printf("total tips: %.2f\n", total)

	var ints Queue[int]
	v, ok := ints.Peek()
	fmt.Println("empty int queue peek:", v, ok)
}
