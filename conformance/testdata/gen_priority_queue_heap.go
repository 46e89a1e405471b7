package main

import (
	"container/heap"
	"fmt"
	"strings"
)

// PQ is a generic priority queue ordered by a less function.
type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (q *PQ[T]) Len() int           { return len(q.items) }
func (q *PQ[T]) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) }
func (q *PQ[T]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *PQ[T]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *PQ[T]) Pop() any {
	n := len(q.items)
	x := q.items[n-1]
	q.items = q.items[:n-1]
	return x
}

func NewPQ[T any](less func(a, b T) bool, init ...T) *PQ[T] {
	q := &PQ[T]{items: append([]T(nil), init...), less: less}
	heap.Init(q)
	return q
}

func (q *PQ[T]) Put(x T) { heap.Push(q, x) }

func (q *PQ[T]) Take() (T, bool) {
	if q.Len() == 0 {
		var zero T
		return zero, false
	}
	return heap.Pop(q).(T), true
}

type Task struct {
	Name     string
	Priority int
	Seq      int
}

var _ heap.Interface = (*PQ[int])(nil)

func main() {
	ints := NewPQ(func(a, b int) bool { return a < b }, 5, 3, 9, 1, 7)
	ints.Put(4)
	ints.Put(0)
	var got []string
	for {
		x, ok := ints.Take()
		if !ok {
			break
		}
		got = append(got, fmt.Sprint(x))
	}
	fmt.Println("ascending:", strings.Join(got, " "))

	seq := 0
	tasks := NewPQ(func(a, b Task) bool {
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		return a.Seq < b.Seq
	})
	add := func(name string, p int) {
		seq++
		tasks.Put(Task{name, p, seq})
	}
	add("write docs", 1)
	add("fix prod bug", 5)
	add("review PR", 3)
	add("deploy", 5)
	add("lunch", 3)

	for tasks.Len() > 0 {
		t, _ := tasks.Take()
		fmt.Printf("%+v\n", t)
	}
	_, ok := tasks.Take()
	fmt.Printf("empty take ok=%t, type %T\n", ok, tasks)

	words := NewPQ(func(a, b string) bool { return len(a) > len(b) || (len(a) == len(b) && a < b) },
		"go", "generics", "heap", "interface", "map", "err")
	for i := 0; i < 3; i++ {
		w, _ := words.Take()
		fmt.Printf("longest #%d: %q\n", i+1, w)
	}
	fmt.Println("remaining:", words.Len())
}
