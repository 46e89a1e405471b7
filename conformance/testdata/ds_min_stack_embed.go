package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty container")

type Stack[T any] struct {
	data []T
}

func (s *Stack[T]) Push(v T)    { s.data = append(s.data, v) }
func (s *Stack[T]) Len() int    { return len(s.data) }
func (s *Stack[T]) Empty() bool { return len(s.data) == 0 }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if s.Empty() {
		return zero, ErrEmpty
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, nil
}

func (s *Stack[T]) Top() (T, error) {
	var zero T
	if s.Empty() {
		return zero, ErrEmpty
	}
	return s.data[len(s.data)-1], nil
}

// MinStack embeds Stack[int] and keeps an auxiliary stack of running minimums.
type MinStack struct {
	Stack[int]
	mins Stack[int]
}

func (m *MinStack) Push(v int) {
	m.Stack.Push(v)
	if cur, err := m.mins.Top(); err != nil || v <= cur {
		m.mins.Push(v)
	}
}

func (m *MinStack) Pop() (int, error) {
	v, err := m.Stack.Pop()
	if err != nil {
		return 0, fmt.Errorf("MinStack.Pop: %w", err)
	}
	if cur, _ := m.mins.Top(); v == cur {
		m.mins.Pop()
	}
	return v, nil
}

func (m *MinStack) Min() (int, error) { return m.mins.Top() }

// Queue built from two stacks, amortised O(1).
type Queue[T any] struct {
	in, out Stack[T]
	moves   int
}

func (q *Queue[T]) Enqueue(v T) { q.in.Push(v) }

func (q *Queue[T]) Dequeue() (T, error) {
	if q.out.Empty() {
		for !q.in.Empty() {
			v, _ := q.in.Pop()
			q.out.Push(v)
			q.moves++
		}
	}
	return q.out.Pop()
}

func (q *Queue[T]) Len() int { return q.in.Len() + q.out.Len() }

type Lener interface{ Len() int }

func describe(name string, c Lener) {
	fmt.Printf("%-8s %-22T len=%d\n", name, c, c.Len())
}

func main() {
	var ms MinStack
	for _, v := range []int{5, 3, 7, 3, 8, 1, 4} {
		ms.Push(v)
		mn, _ := ms.Min()
		fmt.Printf("push %d -> min %d  data=%v mins=%v\n", v, mn, ms.data, ms.mins.data)
	}
	for !ms.Empty() {
		v, _ := ms.Pop()
		mn, err := ms.Min()
		if err != nil {
			fmt.Printf("pop  %d -> min n/a (%v)\n", v, err)
			continue
		}
		fmt.Printf("pop  %d -> min %d\n", v, mn)
	}
	_, err := ms.Pop()
	fmt.Println("error:", err, "| wraps ErrEmpty:", errors.Is(err, ErrEmpty))

	var q Queue[string]
	for _, s := range []string{"a", "b", "c"} {
		q.Enqueue(s)
	}
	first, _ := q.Dequeue()
	q.Enqueue("d")
	q.Enqueue("e")
	fmt.Print("queue order: ", first)
	for q.Len() > 0 {
		v, _ := q.Dequeue()
		fmt.Print(" ", v)
	}
	fmt.Printf("\nmoves between stacks: %d\n", q.moves)
	if _, err := q.Dequeue(); err != nil {
		fmt.Println("dequeue on empty:", err)
	}

	describe("minstack", &ms)
	describe("queue", &q)
	describe("stack", &Stack[float64]{data: []float64{1.5, 2.5}})
}
