package main

import (
	"container/heap"
	"fmt"
)

// PQ is a generic priority queue built on container/heap.
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

func NewPQ[T any](less func(a, b T) bool) *PQ[T] {
	return &PQ[T]{less: less}
}

func (q *PQ[T]) Put(x T) { heap.Push(q, x) }
func (q *PQ[T]) Take() T { return heap.Pop(q).(T) }

type Priority uint8

const (
	Standard Priority = iota + 1
	Express
	Medical
)

func (p Priority) String() string {
	switch p {
	case Standard:
		return "standard"
	case Express:
		return "express"
	case Medical:
		return "MEDICAL"
	}
	return fmt.Sprintf("Priority(%d)", uint8(p))
}

type Request struct {
	ID       int
	Prio     Priority
	Received int // minute of the shift
	Town     string
}

type Courier struct {
	Name   string
	FreeAt int
}

func main() {
	reqs := NewPQ(func(a, b Request) bool {
		if a.Prio != b.Prio {
			return a.Prio > b.Prio
		}
		return a.Received < b.Received
	})
	couriers := NewPQ(func(a, b Courier) bool {
		if a.FreeAt != b.FreeAt {
			return a.FreeAt < b.FreeAt
		}
		return a.Name < b.Name
	})
	for _, name := range []string{"Ana", "Bo", "Cy"} {
		couriers.Put(Courier{Name: name})
	}
	incoming := []Request{
		{1, Standard, 0, "Oakley"}, {2, Express, 2, "Brill"}, {3, Standard, 3, "Thame"},
		{4, Medical, 5, "Wheatley"}, {5, Express, 6, "Oakley"}, {6, Standard, 8, "Haddenham"},
		{7, Medical, 9, "Brill"}, {8, Standard, 9, "Thame"},
	}
	for _, r := range incoming {
		reqs.Put(r)
	}
	tripTime := map[string]int{"Oakley": 25, "Brill": 30, "Thame": 15, "Wheatley": 20, "Haddenham": 35}
	waits := map[Priority][]int{}
	for reqs.Len() > 0 {
		r := reqs.Take()
		c := couriers.Take()
		start := max(c.FreeAt, r.Received)
		c.FreeAt = start + 2*tripTime[r.Town]
		waits[r.Prio] = append(waits[r.Prio], start-r.Received)
		fmt.Printf("#%d %-8v to %-9s by %-3s start %3d back %3d\n", r.ID, r.Prio, r.Town, c.Name, start, c.FreeAt)
		couriers.Put(c)
	}
	for p := Medical; p >= Standard; p-- {
		fmt.Printf("%-8v waits %v\n", p, waits[p])
	}
}
