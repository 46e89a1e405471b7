package main

import (
	"cmp"
	"container/heap"
	"fmt"
)

type Urgency int

const (
	Routine Urgency = iota
	Important
	Breaking
)

func (u Urgency) String() string {
	switch u {
	case Routine:
		return "routine"
	case Important:
		return "important"
	case Breaking:
		return "BREAKING"
	}
	return fmt.Sprintf("Urgency(%d)", int(u))
}

type Draft struct {
	Title   string
	Urgency Urgency
	Seq     int
}

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
	item := q.items[n-1]
	q.items = q.items[:n-1]
	return item
}

func NewPQ[T any](less func(a, b T) bool) *PQ[T] {
	return &PQ[T]{less: less}
}

func main() {
	queue := NewPQ(func(a, b Draft) bool {
		if c := cmp.Compare(b.Urgency, a.Urgency); c != 0 {
			return c < 0
		}
		return a.Seq < b.Seq
	})

	incoming := []struct {
		title string
		u     Urgency
	}{
		{"Weekend weather outlook", Routine},
		{"Bridge closed after crash", Breaking},
		{"Council approves library funds", Important},
		{"Recipe: autumn soup", Routine},
		{"Minister resigns", Breaking},
		{"Transit fares to rise", Important},
	}
	for i, in := range incoming {
		heap.Push(queue, Draft{Title: in.title, Urgency: in.u, Seq: i + 1})
		fmt.Printf("queued #%d %-32q %v\n", i+1, in.title, in.u)
	}

	fmt.Println("queue length:", queue.Len())
	counts := map[Urgency]int{}
	for queue.Len() > 0 {
		d := heap.Pop(queue).(Draft)
		counts[d.Urgency]++
		fmt.Printf("edit %-9s #%d %s\n", d.Urgency, d.Seq, d.Title)
	}
	for u := Breaking; u >= Routine; u-- {
		fmt.Printf("%v: %d\n", u, counts[u])
	}
	fmt.Println(Urgency(7))
}
