package main

import (
	"container/heap"
	"fmt"
)

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }

func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func (q *Queue[T]) Len() int { return len(q.items) }

type Patient struct {
	Name     string
	Severity int
	Arrival  int
}

type Triage []*Patient

func (t Triage) Len() int { return len(t) }
func (t Triage) Less(i, j int) bool {
	if t[i].Severity != t[j].Severity {
		return t[i].Severity > t[j].Severity
	}
	return t[i].Arrival < t[j].Arrival
}
func (t Triage) Swap(i, j int) { t[i], t[j] = t[j], t[i] }
func (t *Triage) Push(x any)   { *t = append(*t, x.(*Patient)) }
func (t *Triage) Pop() any {
	old := *t
	n := len(old)
	p := old[n-1]
	*t = old[:n-1]
	return p
}

func main() {
	var checkups Queue[string]
	for _, name := range []string{"Pebbles", "Mango", "Biscuit"} {
		checkups.Push(name)
	}
	fmt.Println("Routine checkups waiting:", checkups.Len())
	for {
		name, ok := checkups.Pop()
		if !ok {
			break
		}
		fmt.Println("  checking", name)
	}

	var weights Queue[float64]
	weights.Push(12.5)
	weights.Push(13.1)
	w, _ := weights.Pop()
	fmt.Printf("first weight %.1f, %d left\n", w, weights.Len())

	arrivals := []Patient{
		{"Gus the goat", 1, 0},
		{"Lulu the lemur", 3, 1},
		{"Rex the rhino", 2, 2},
		{"Tia the tapir", 3, 3},
		{"Fig the fruit bat", 1, 4},
	}
	t := &Triage{}
	heap.Init(t)
	for i := range arrivals {
		heap.Push(t, &arrivals[i])
	}
	fmt.Println("Emergency vet order:")
	for order := 1; t.Len() > 0; order++ {
		p := heap.Pop(t).(*Patient)
		fmt.Printf("  %d. %-18s severity=%d arrived=%d\n", order, p.Name, p.Severity, p.Arrival)
	}

	var empty Queue[int]
	v, ok := empty.Pop()
	fmt.Printf("pop on empty queue: %v %v\n", v, ok)
}
