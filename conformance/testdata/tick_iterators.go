package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Ticket struct {
	ID       int
	Title    string
	Priority int
	Labels   []string
}

type Board struct {
	tickets []Ticket
}

// All yields every ticket with its position.
func (b *Board) All() iter.Seq2[int, Ticket] {
	return func(yield func(int, Ticket) bool) {
		for i, t := range b.tickets {
			if !yield(i, t) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq2[int, T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func hasLabel(l string) func(Ticket) bool {
	return func(t Ticket) bool { return slices.Contains(t.Labels, l) }
}

func main() {
	b := &Board{tickets: []Ticket{
		{1, "Seat map flickers", 2, []string{"ui", "seating"}},
		{2, "Refund stuck in pending", 4, []string{"payments"}},
		{3, "Wrong venue address", 1, []string{"content"}},
		{4, "Cannot pick aisle seat", 3, []string{"seating"}},
		{5, "Card declined twice", 4, []string{"payments", "ui"}},
		{6, "Seat legend missing", 1, []string{"seating", "ui"}},
	}}

	fmt.Println("All tickets:")
	for i, t := range b.All() {
		fmt.Printf("  [%d] #%d %s\n", i, t.ID, t.Title)
	}

	fmt.Println("Seating tickets:")
	for t := range Filter(b.All(), hasLabel("seating")) {
		fmt.Printf("  #%d p%d\n", t.ID, t.Priority)
	}

	urgent := Filter(b.All(), func(t Ticket) bool { return t.Priority >= 3 })
	titles := slices.Collect(Map(urgent, func(t Ticket) string { return strings.ToUpper(t.Title) }))
	fmt.Printf("Urgent titles: %q\n", titles)

	// Stop early: take the first two UI tickets only.
	count := 0
	for t := range Filter(b.All(), hasLabel("ui")) {
		fmt.Println("  ui ->", t.Title)
		count++
		if count == 2 {
			break
		}
	}

	ids := slices.Sorted(Map(Filter(b.All(), hasLabel("payments")), func(t Ticket) int { return t.ID }))
	fmt.Println("payment ids:", ids)

	for i, w := range slices.Backward(strings.Fields("open triage fix verify")) {
		fmt.Printf("step %d: %s\n", i, w)
	}
}
