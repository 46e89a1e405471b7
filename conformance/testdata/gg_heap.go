package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"strings"
)

// inner adapts a slice plus less func to heap.Interface.
type inner[T any] struct {
	data []T
	less func(a, b T) bool
}

func (h *inner[T]) Len() int           { return len(h.data) }
func (h *inner[T]) Less(i, j int) bool { return h.less(h.data[i], h.data[j]) }
func (h *inner[T]) Swap(i, j int)      { h.data[i], h.data[j] = h.data[j], h.data[i] }
func (h *inner[T]) Push(x any)         { h.data = append(h.data, x.(T)) }
func (h *inner[T]) Pop() any {
	n := len(h.data)
	x := h.data[n-1]
	h.data = h.data[:n-1]
	return x
}

// Heap is a type-safe wrapper around container/heap.
type Heap[T any] struct{ h *inner[T] }

func NewHeap[T any](less func(a, b T) bool, items ...T) *Heap[T] {
	in := &inner[T]{data: append([]T(nil), items...), less: less}
	heap.Init(in)
	return &Heap[T]{h: in}
}

func NewMinHeap[T cmp.Ordered](items ...T) *Heap[T] {
	return NewHeap(cmp.Less[T], items...)
}

func (h *Heap[T]) Push(v T) { heap.Push(h.h, v) }
func (h *Heap[T]) Len() int { return h.h.Len() }
func (h *Heap[T]) Pop() (T, bool) {
	if h.h.Len() == 0 {
		var zero T
		return zero, false
	}
	return heap.Pop(h.h).(T), true
}
func (h *Heap[T]) Peek() (T, bool) {
	if h.h.Len() == 0 {
		var zero T
		return zero, false
	}
	return h.h.data[0], true
}

// Drain pops everything in order.
func Drain[T any](h *Heap[T]) []T {
	var out []T
	for v, ok := h.Pop(); ok; v, ok = h.Pop() {
		out = append(out, v)
	}
	return out
}

// TopK returns the k smallest values.
func TopK[T cmp.Ordered](xs []T, k int) []T {
	h := NewMinHeap(xs...)
	out := make([]T, 0, k)
	for range k {
		v, ok := h.Pop()
		if !ok {
			break
		}
		out = append(out, v)
	}
	return out
}

type Task struct {
	Priority int
	Name     string
}

func main() {
	h := NewMinHeap(9, 4, 7, 1, 8)
	h.Push(3)
	top, _ := h.Peek()
	fmt.Println("peek:", top, "len:", h.Len())
	fmt.Println("drained:", Drain(h))
	_, ok := h.Pop()
	fmt.Println("pop on empty ok:", ok)

	words := NewMinHeap(strings.Fields("pear apple fig banana cherry")...)
	fmt.Printf("words: %q\n", Drain(words))

	fmt.Println("top3:", TopK([]float64{2.5, -1, 9.75, 0, 3.25}, 3))
	fmt.Println("top10 of 4:", TopK([]int{5, 2, 8, 1}, 10))

	tasks := NewHeap(func(a, b Task) bool {
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		return a.Name < b.Name
	}, Task{2, "write docs"}, Task{5, "fix prod"}, Task{2, "review"})
	tasks.Push(Task{9, "page oncall"})
	tasks.Push(Task{5, "deploy"})
	for tasks.Len() > 0 {
		t, _ := tasks.Pop()
		fmt.Printf("  %+v\n", t)
	}
	fmt.Printf("%T %T\n", tasks, words)
}
