package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("queue empty")

// Queue is a FIFO used for trains waiting at a junction.
type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(v ...T) { q.items = append(q.items, v...) }
func (q *Queue[T]) Len() int    { return len(q.items) }

func (q *Queue[T]) Pop() (T, error) {
	var zero T
	if len(q.items) == 0 {
		return zero, ErrEmpty
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

func (q Queue[T]) Peek() (T, bool) {
	if len(q.items) == 0 {
		var zero T
		return zero, false
	}
	return q.items[0], true
}

// Priority wraps a queue per priority class; lower class number goes first.
type Priority[T fmt.Stringer] struct {
	classes [3]Queue[T]
}

func (p *Priority[T]) Add(class int, v T) { p.classes[min(max(class, 0), 2)].Push(v) }

func (p *Priority[T]) Next() (T, int, error) {
	for c := range p.classes {
		if v, err := p.classes[c].Pop(); err == nil {
			return v, c, nil
		}
	}
	var zero T
	return zero, -1, ErrEmpty
}

type Train struct {
	Headcode string
	Kind     string
}

func (t Train) String() string { return t.Headcode + "(" + t.Kind + ")" }

func main() {
	var waiting Queue[string]
	waiting.Push("2H01", "2H03", "2H05")
	head, _ := waiting.Peek()
	fmt.Println("first in queue:", head, "length", waiting.Len())
	for {
		v, err := waiting.Pop()
		if errors.Is(err, ErrEmpty) {
			fmt.Println("queue drained:", err)
			break
		}
		fmt.Println("cleared through junction:", v)
	}

	var delays Queue[float64]
	delays.Push(1.5, 3.25)
	d, _ := delays.Pop()
	fmt.Printf("first delay %.2f min, %d left, type %T\n", d, delays.Len(), delays)

	var junction Priority[Train]
	junction.Add(2, Train{"6E12", "freight"})
	junction.Add(1, Train{"2K44", "stopping"})
	junction.Add(0, Train{"1S08", "express"})
	junction.Add(2, Train{"0Z01", "light engine"})
	junction.Add(9, Train{"5Q99", "empty stock"})
	junction.Add(0, Train{"1E20", "express"})

	var order []string
	for {
		t, class, err := junction.Next()
		if err != nil {
			break
		}
		order = append(order, fmt.Sprintf("%v[c%d]", t, class))
	}
	fmt.Println("junction order:")
	fmt.Println("  " + strings.Join(order, "\n  "))
}
