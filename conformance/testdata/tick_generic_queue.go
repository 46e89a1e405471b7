package main

import (
	"cmp"
	"fmt"
)

// PriorityQueue is a binary heap ordered by a less function.
type PriorityQueue[T any] struct {
	items []T
	less  func(a, b T) bool
}

func NewPriorityQueue[T any](less func(a, b T) bool) *PriorityQueue[T] {
	return &PriorityQueue[T]{less: less}
}

func (q *PriorityQueue[T]) Len() int { return len(q.items) }

func (q *PriorityQueue[T]) Push(x T) {
	q.items = append(q.items, x)
	i := len(q.items) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if !q.less(q.items[i], q.items[parent]) {
			break
		}
		q.items[i], q.items[parent] = q.items[parent], q.items[i]
		i = parent
	}
}

func (q *PriorityQueue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	top := q.items[0]
	last := len(q.items) - 1
	q.items[0] = q.items[last]
	q.items = q.items[:last]
	i := 0
	for {
		l, r, small := 2*i+1, 2*i+2, i
		if l < len(q.items) && q.less(q.items[l], q.items[small]) {
			small = l
		}
		if r < len(q.items) && q.less(q.items[r], q.items[small]) {
			small = r
		}
		if small == i {
			break
		}
		q.items[i], q.items[small] = q.items[small], q.items[i]
		i = small
	}
	return top, true
}

type Ticket struct {
	ID       string
	Severity int
	Age      int
}

func main() {
	q := NewPriorityQueue(func(a, b Ticket) bool {
		if c := cmp.Compare(b.Severity, a.Severity); c != 0 {
			return c < 0
		}
		return a.Age > b.Age
	})
	for _, t := range []Ticket{
		{"T-1", 2, 5}, {"T-2", 4, 1}, {"T-3", 2, 9},
		{"T-4", 1, 30}, {"T-5", 4, 3}, {"T-6", 3, 2},
	} {
		q.Push(t)
	}
	fmt.Println("queued:", q.Len())
	for q.Len() > 0 {
		t, _ := q.Pop()
		fmt.Printf("handle %s sev=%d age=%dd\n", t.ID, t.Severity, t.Age)
	}
	_, ok := q.Pop()
	fmt.Println("pop on empty ok?", ok)

	ints := NewPriorityQueue(cmp.Less[int])
	for _, n := range []int{42, 7, 19, 3, 25} {
		ints.Push(n)
	}
	fmt.Print("ticket numbers ascending:")
	for ints.Len() > 0 {
		n, _ := ints.Pop()
		fmt.Print(" ", n)
	}
	fmt.Println()
}
