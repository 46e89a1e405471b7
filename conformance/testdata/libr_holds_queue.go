package main

import (
	"errors"
	"fmt"
)

// Queue is a simple FIFO queue backed by a slice.
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

func (q Queue[T]) Len() int { return len(q.items) }

func (q Queue[T]) Peek() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	return q.items[0], true
}

// Hold is a patron's request to borrow a title when it comes back.
type Hold struct {
	Patron string
	Card   int
}

var ErrNoHolds = errors.New("no holds waiting")

// HoldShelf keeps one holds queue per title.
type HoldShelf struct {
	queues map[string]*Queue[Hold]
}

func NewHoldShelf() *HoldShelf {
	return &HoldShelf{queues: make(map[string]*Queue[Hold])}
}

func (h *HoldShelf) Place(title string, hold Hold) int {
	q, ok := h.queues[title]
	if !ok {
		q = &Queue[Hold]{}
		h.queues[title] = q
	}
	q.Push(hold)
	return q.Len()
}

func (h *HoldShelf) Returned(title string) (Hold, error) {
	q, ok := h.queues[title]
	if !ok {
		return Hold{}, fmt.Errorf("title %q: %w", title, ErrNoHolds)
	}
	next, ok := q.Pop()
	if !ok {
		return Hold{}, fmt.Errorf("title %q: %w", title, ErrNoHolds)
	}
	return next, nil
}

func main() {
	shelf := NewHoldShelf()
	requests := []struct {
		title string
		hold  Hold
	}{
		{"Circe", Hold{"Ana", 101}},
		{"Circe", Hold{"Ben", 102}},
		{"Beloved", Hold{"Cho", 103}},
		{"Circe", Hold{"Dev", 104}},
	}
	for _, r := range requests {
		pos := shelf.Place(r.title, r.hold)
		fmt.Printf("%s placed hold on %s, position %d\n", r.hold.Patron, r.title, pos)
	}

	if first, ok := shelf.queues["Circe"].Peek(); ok {
		fmt.Printf("next in line for Circe: %+v\n", first)
	}

	returns := []string{"Circe", "Beloved", "Beloved", "Circe", "Ulysses"}
	for _, title := range returns {
		h, err := shelf.Returned(title)
		if errors.Is(err, ErrNoHolds) {
			fmt.Println("reshelve:", err)
			continue
		}
		fmt.Printf("%s returned -> notify %s (card %d)\n", title, h.Patron, h.Card)
	}

	var nums Queue[int]
	for i := range 3 {
		nums.Push(i * 10)
	}
	fmt.Println("int queue length:", nums.Len())
}
