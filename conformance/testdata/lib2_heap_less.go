package main

import (
	"cmp"
	"fmt"
	"strings"
)

// Heap is a binary heap ordered by a user-supplied less function.
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

func (h *Heap[T]) Len() int { return len(h.data) }

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	h.up(len(h.data) - 1)
}

func (h *Heap[T]) Pop() T {
	n := len(h.data) - 1
	h.data[0], h.data[n] = h.data[n], h.data[0]
	v := h.data[n]
	h.data = h.data[:n]
	h.down(0)
	return v
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
		small := i
		for _, c := range []int{2*i + 1, 2*i + 2} {
			if c < n && h.less(h.data[c], h.data[small]) {
				small = c
			}
		}
		if small == i {
			return
		}
		h.data[i], h.data[small] = h.data[small], h.data[i]
		i = small
	}
}

func TopK[T any](items []T, k int, less func(a, b T) bool) []T {
	h := NewHeap(less)
	for _, it := range items {
		h.Push(it)
		if h.Len() > k {
			h.Pop()
		}
	}
	out := make([]T, h.Len())
	for i := len(out) - 1; i >= 0; i-- {
		out[i] = h.Pop()
	}
	return out
}

type Task struct {
	Name     string
	Priority int
	Seq      int
}

func main() {
	h := NewHeap(func(a, b int) bool { return a < b }, 9, 4, 7, 1, 8, 2)
	h.Push(5)
	h.Push(3)
	var sorted []string
	for h.Len() > 0 {
		sorted = append(sorted, fmt.Sprint(h.Pop()))
	}
	fmt.Println("min-heap drain:", strings.Join(sorted, " "))

	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
	longest := TopK(words, 4, func(a, b string) bool {
		return cmp.Or(cmp.Compare(len(a), len(b)), -strings.Compare(a, b)) < 0
	})
	fmt.Println("top 4 longest:", longest)

	tasks := NewHeap(func(a, b Task) bool {
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		return a.Seq < b.Seq
	})
	for i, spec := range []struct {
		n string
		p int
	}{{"write docs", 1}, {"fix bug", 5}, {"review", 3}, {"deploy", 5}, {"lunch", 3}, {"refactor", 2}} {
		tasks.Push(Task{spec.n, spec.p, i})
	}
	fmt.Printf("%T with %d tasks\n", tasks, tasks.Len())
	for tasks.Len() > 0 {
		t := tasks.Pop()
		fmt.Printf("  %+v\n", t)
	}

	floats := NewHeap(func(a, b float64) bool { return a > b }, 2.5, -1, 3.75, 0)
	fmt.Println("max float:", floats.Pop(), "next:", floats.Pop())
}
