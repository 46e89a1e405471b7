package main

import (
	"cmp"
	"fmt"
)

// Heap is a binary heap ordered by a less function.
type Heap[T any] struct {
	data  []T
	less  func(a, b T) bool
	swaps int
}

func NewMinHeap[T cmp.Ordered]() *Heap[T] {
	return &Heap[T]{less: func(a, b T) bool { return a < b }}
}

func NewMaxHeap[T cmp.Ordered]() *Heap[T] {
	return &Heap[T]{less: func(a, b T) bool { return a > b }}
}

func (h *Heap[T]) Len() int { return len(h.data) }

func (h *Heap[T]) swap(i, j int) {
	h.data[i], h.data[j] = h.data[j], h.data[i]
	h.swaps++
}

func (h *Heap[T]) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.swap(i, p)
		i = p
	}
}

func (h *Heap[T]) down(i int) {
	n := len(h.data)
	for {
		l, r, best := 2*i+1, 2*i+2, i
		if l < n && h.less(h.data[l], h.data[best]) {
			best = l
		}
		if r < n && h.less(h.data[r], h.data[best]) {
			best = r
		}
		if best == i {
			return
		}
		h.swap(i, best)
		i = best
	}
}

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
	h.data = h.data[:last]
	h.down(0)
	return top, true
}

func (h *Heap[T]) Peek() T { return h.data[0] }

// MedianFinder keeps the lower half in a max-heap and the upper half in a min-heap.
type MedianFinder struct {
	lo, hi *Heap[int]
}

func (m *MedianFinder) Add(x int) {
	if m.lo.Len() == 0 || x <= m.lo.Peek() {
		m.lo.Push(x)
	} else {
		m.hi.Push(x)
	}
	if m.lo.Len() > m.hi.Len()+1 {
		v, _ := m.lo.Pop()
		m.hi.Push(v)
	} else if m.hi.Len() > m.lo.Len() {
		v, _ := m.hi.Pop()
		m.lo.Push(v)
	}
}

func (m MedianFinder) Median() float64 {
	if m.lo.Len() > m.hi.Len() {
		return float64(m.lo.Peek())
	}
	return float64(m.lo.Peek()+m.hi.Peek()) / 2
}

func main() {
	h := NewMinHeap[int]()
	for _, v := range []int{42, 7, 19, 3, 25, 11, 3, 30} {
		h.Push(v)
	}
	fmt.Println("internal array:", h.data, "swaps so far:", h.swaps)
	fmt.Print("popped in order:")
	for h.Len() > 0 {
		v, _ := h.Pop()
		fmt.Print(" ", v)
	}
	fmt.Printf("\ntotal swaps: %d\n", h.swaps)
	if _, ok := h.Pop(); !ok {
		fmt.Println("pop on empty heap reports ok=false")
	}

	words := NewMaxHeap[string]()
	for _, w := range []string{"kiwi", "apple", "mango", "banana", "zucchini"} {
		words.Push(w)
	}
	first, _ := words.Pop()
	second, _ := words.Pop()
	fmt.Printf("max words: %q, %q\n", first, second)

	mf := MedianFinder{lo: NewMaxHeap[int](), hi: NewMinHeap[int]()}
	for _, x := range []int{5, 15, 1, 3, 8, 7, 9, 10} {
		mf.Add(x)
		fmt.Printf("add %2d -> median %5.1f (lo=%d hi=%d)\n", x, mf.Median(), mf.lo.Len(), mf.hi.Len())
	}
}
