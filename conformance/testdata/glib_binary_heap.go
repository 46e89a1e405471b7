package main

import (
	"cmp"
	"fmt"
	"strings"
)

// Heap is a binary heap ordered by a caller-supplied less function.
type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool, items ...T) *Heap[T] {
	h := &Heap[T]{data: append([]T(nil), items...), less: less}
	for i := len(h.data)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
	return h
}

func NewMinHeap[T cmp.Ordered](items ...T) *Heap[T] {
	return NewHeap(cmp.Less[T], items...)
}

func (h *Heap[T]) Len() int { return len(h.data) }

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	h.up(len(h.data) - 1)
}

func (h *Heap[T]) Pop() (T, bool) {
	var zero T
	if len(h.data) == 0 {
		return zero, false
	}
	top := h.data[0]
	last := len(h.data) - 1
	h.data[0] = h.data[last]
	h.data[last] = zero
	h.data = h.data[:last]
	h.down(0)
	return top, true
}

func (h *Heap[T]) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) down(i int) {
	n := len(h.data)
	for {
		smallest := i
		for _, c := range [2]int{2*i + 1, 2*i + 2} {
			if c < n && h.less(h.data[c], h.data[smallest]) {
				smallest = c
			}
		}
		if smallest == i {
			return
		}
		h.data[i], h.data[smallest] = h.data[smallest], h.data[i]
		i = smallest
	}
}

// Drain pops everything in heap order.
func (h *Heap[T]) Drain() []T {
	out := make([]T, 0, h.Len())
	for h.Len() > 0 {
		v, _ := h.Pop()
		out = append(out, v)
	}
	return out
}

type Task struct {
	Name     string
	Priority int
}

func (t Task) String() string { return fmt.Sprintf("%s(p%d)", t.Name, t.Priority) }

// TopK keeps the k largest values using a min-heap of size k.
func TopK[T cmp.Ordered](vals []T, k int) []T {
	h := NewMinHeap[T]()
	for _, v := range vals {
		h.Push(v)
		if h.Len() > k {
			h.Pop()
		}
	}
	return h.Drain()
}

func main() {
	ints := NewMinHeap(9, 4, 7, 1, 8, 2, 6)
	ints.Push(3)
	ints.Push(5)
	fmt.Printf("%T size=%d\n", ints, ints.Len())
	fmt.Println("ascending:", ints.Drain())

	maxWords := NewHeap(func(a, b string) bool { return len(a) > len(b) || (len(a) == len(b) && a < b) },
		"kiwi", "banana", "fig", "cherry", "apple", "date")
	for maxWords.Len() > 3 {
		w, _ := maxWords.Pop()
		fmt.Printf("longest next: %q\n", w)
	}

	tasks := NewHeap(func(a, b Task) bool {
		return cmp.Or(cmp.Compare(b.Priority, a.Priority), strings.Compare(a.Name, b.Name)) < 0
	})
	for _, t := range []Task{{"write", 2}, {"deploy", 5}, {"test", 3}, {"lint", 3}, {"review", 5}} {
		tasks.Push(t)
	}
	fmt.Println("tasks by priority:", tasks.Drain())

	fmt.Println("top3 ints:", TopK([]int{15, 3, 99, 42, 7, 64, 8}, 3))
	fmt.Println("top2 floats:", TopK([]float64{0.5, 2.25, -1, 1.75}, 2))
	_, ok := tasks.Pop()
	fmt.Println("pop empty ok:", ok)
}
