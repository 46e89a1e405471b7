package main

import (
	"cmp"
	"container/heap"
	"fmt"
)

// PQ is a generic max-heap ordered by a priority of any ordered type.
type PQ[T any, P cmp.Ordered] struct {
	items []T
	prio  func(T) P
}

func (q *PQ[T, P]) Len() int           { return len(q.items) }
func (q *PQ[T, P]) Less(i, j int) bool { return q.prio(q.items[i]) > q.prio(q.items[j]) }
func (q *PQ[T, P]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *PQ[T, P]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *PQ[T, P]) Pop() any {
	n := len(q.items)
	it := q.items[n-1]
	q.items = q.items[:n-1]
	return it
}

func NewPQ[T any, P cmp.Ordered](prio func(T) P) *PQ[T, P] {
	return &PQ[T, P]{prio: prio}
}

// Add and Next give a typed API over container/heap.
func (q *PQ[T, P]) Add(x T) { heap.Push(q, x) }
func (q *PQ[T, P]) Next() T { return heap.Pop(q).(T) }

type Move struct {
	SAN     string
	Capture bool
	Check   bool
	Gain    int
}

// ordering implements a classic move-ordering heuristic: checks, then
// captures by material gained, then quiet moves.
func ordering(m Move) int {
	score := m.Gain
	if m.Capture {
		score += 1000
	}
	if m.Check {
		score += 5000
	}
	return score
}

func main() {
	q := NewPQ(ordering)
	for _, m := range []Move{
		{SAN: "a4"},
		{SAN: "Nxe5", Capture: true, Gain: 100},
		{SAN: "Qh5+", Check: true},
		{SAN: "Bxd7", Capture: true, Gain: 320},
		{SAN: "O-O"},
		{SAN: "Rxd8+", Capture: true, Check: true, Gain: 900},
	} {
		q.Add(m)
	}
	fmt.Printf("queue type: %T, size %d\n", q, q.Len())
	for i := 1; q.Len() > 0; i++ {
		m := q.Next()
		fmt.Printf("%d. %-6s priority=%5d\n", i, m.SAN, ordering(m))
	}

	names := NewPQ(func(s string) string { return s })
	for _, s := range []string{"Carlsen", "Anand", "Tal", "Fischer", "Kasparov"} {
		names.Add(s)
	}
	fmt.Print("reverse alphabetical:")
	for names.Len() > 0 {
		fmt.Print(" ", names.Next())
	}
	fmt.Println()

	depths := NewPQ(func(d float64) float64 { return -d })
	for _, d := range []float64{4.5, 1.25, 3, 0.5} {
		depths.Add(d)
	}
	fmt.Println("shallowest first:", depths.Next(), depths.Next(), depths.Next(), depths.Next())
}
