package main

import (
	"cmp"
	"fmt"
)

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] {
	return &Heap[T]{less: less}
}

func (h *Heap[T]) Len() int { return len(h.data) }

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if !h.less(h.data[i], h.data[parent]) {
			break
		}
		h.data[i], h.data[parent] = h.data[parent], h.data[i]
		i = parent
	}
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
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.data) && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < len(h.data) && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top, true
}

type Priority int

const (
	Low Priority = iota
	Normal
	Urgent
)

func (p Priority) String() string { return [...]string{"low", "normal", "urgent"}[p] }

type Job struct {
	Seq      int
	Name     string
	Priority Priority
	Cost     int
}

func byPriority(a, b Job) bool {
	if a.Priority != b.Priority {
		return a.Priority > b.Priority
	}
	return a.Seq < b.Seq
}

func main() {
	ints := NewHeap(cmp.Less[int])
	for _, v := range []int{9, 4, 7, 1, 8, 2, 2} {
		ints.Push(v)
	}
	fmt.Printf("%T len=%d:", ints, ints.Len())
	for ints.Len() > 0 {
		v, _ := ints.Pop()
		fmt.Print(" ", v)
	}
	fmt.Println()
	jobs := NewHeap(byPriority)
	seq := 0
	submit := func(name string, p Priority, cost int) {
		seq++
		jobs.Push(Job{Seq: seq, Name: name, Priority: p, Cost: cost})
	}
	submit("backup", Low, 5)
	submit("email", Normal, 1)
	submit("pager", Urgent, 2)
	submit("report", Normal, 3)
	submit("cleanup", Low, 1)

	budget := 8
	for tick := 1; jobs.Len() > 0; tick++ {
		j, _ := jobs.Pop()
		if j.Cost > budget {
			fmt.Printf("tick %d: defer %+v (budget %d)\n", tick, j, budget)
			continue
		}
		budget -= j.Cost
		fmt.Printf("tick %d: run %-7s [%v] cost=%d left=%d\n", tick, j.Name, j.Priority, j.Cost, budget)
		if j.Name == "pager" {
			submit("ack", Urgent, 1)
		}
	}
	_, ok := jobs.Pop()
	fmt.Println("empty pop ok:", ok)
	words := NewHeap(func(a, b string) bool { return len(a) > len(b) || (len(a) == len(b) && a < b) })
	for _, w := range []string{"go", "heap", "generic", "type", "queue"} {
		words.Push(w)
	}
	for words.Len() > 2 {
		w, _ := words.Pop()
		fmt.Printf("%q ", w)
	}
	fmt.Printf("remaining=%d\n", words.Len())
}
