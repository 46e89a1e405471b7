package main

import (
	"container/heap"
	"errors"
	"fmt"
)

// adapter satisfies heap.Interface for any element type given a less func.
type adapter[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (a *adapter[T]) Len() int           { return len(a.items) }
func (a *adapter[T]) Less(i, j int) bool { return a.less(a.items[i], a.items[j]) }
func (a *adapter[T]) Swap(i, j int)      { a.items[i], a.items[j] = a.items[j], a.items[i] }
func (a *adapter[T]) Push(x any)         { a.items = append(a.items, x.(T)) }
func (a *adapter[T]) Pop() any {
	n := len(a.items)
	v := a.items[n-1]
	a.items = a.items[:n-1]
	return v
}

type PriorityQueue[T any] struct {
	h *adapter[T]
}

func NewPriorityQueue[T any](less func(a, b T) bool) *PriorityQueue[T] {
	return &PriorityQueue[T]{h: &adapter[T]{less: less}}
}

func (pq *PriorityQueue[T]) Len() int { return pq.h.Len() }
func (pq *PriorityQueue[T]) Add(v T)  { heap.Push(pq.h, v) }

func (pq *PriorityQueue[T]) Peek() (T, error) {
	if pq.Len() == 0 {
		var zero T
		return zero, errors.New("priority queue empty")
	}
	return pq.h.items[0], nil
}

func (pq *PriorityQueue[T]) Remove() (T, error) {
	if pq.Len() == 0 {
		var zero T
		return zero, errors.New("priority queue empty")
	}
	return heap.Pop(pq.h).(T), nil
}

type task struct {
	name     string
	priority int
}

func (t task) String() string { return fmt.Sprintf("%s(p%d)", t.name, t.priority) }

func main() {
	ints := NewPriorityQueue(func(a, b int) bool { return a < b })
	for _, v := range []int{42, 7, 19, 3, 88, 7, 56} {
		ints.Add(v)
	}
	fmt.Println("ints len:", ints.Len())
	for ints.Len() > 0 {
		v, _ := ints.Remove()
		fmt.Print(v, " ")
	}
	fmt.Println()

	tasks := NewPriorityQueue(func(a, b task) bool {
		if a.priority != b.priority {
			return a.priority > b.priority
		}
		return a.name < b.name
	})
	tasks.Add(task{"email", 2})
	tasks.Add(task{"backup", 5})
	tasks.Add(task{"alert", 9})
	tasks.Add(task{"cleanup", 2})
	tasks.Add(task{"report", 5})
	top, _ := tasks.Peek()
	fmt.Println("next task:", top)
	for i := 1; tasks.Len() > 0; i++ {
		t, _ := tasks.Remove()
		fmt.Printf("%d. %v\n", i, t)
	}
	if _, err := tasks.Remove(); err != nil {
		fmt.Println("error:", err)
	}

	words := NewPriorityQueue(func(a, b string) bool { return len(a) > len(b) || (len(a) == len(b) && a < b) })
	for _, w := range []string{"go", "heap", "adapter", "queue", "generic", "x"} {
		words.Add(w)
	}
	var longest []string
	for range 3 {
		w, _ := words.Remove()
		longest = append(longest, w)
	}
	fmt.Printf("three longest: %v, left %d\n", longest, words.Len())
}
