package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Book struct {
	CallNo string
	Title  string
	Pages  int
}

// Shelf is an ordered run of books.
type Shelf struct {
	Label string
	Books []Book
}

// All yields each book with its position.
func (s *Shelf) All() iter.Seq2[int, Book] {
	return func(yield func(int, Book) bool) {
		for i, b := range s.Books {
			if !yield(i+1, b) {
				return
			}
		}
	}
}

// Filter returns an iterator over the books that satisfy keep.
func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

// Titles yields only the titles of a shelf.
func (s *Shelf) Titles() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, b := range s.Books {
			if !yield(b.Title) {
				return
			}
		}
	}
}

func countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	s := &Shelf{Label: "500s Science", Books: []Book{
		{"510.1 ABC", "Principia Mathematica", 666},
		{"520.3 SAG", "Pale Blue Dot", 429},
		{"530.1 FEY", "QED", 158},
		{"540.9 LEV", "The Periodic Table", 233},
		{"570.1 DAR", "On the Origin of Species", 502},
	}}

	fmt.Println("shelf:", s.Label)
	for pos, b := range s.All() {
		fmt.Printf("  %d. %-10s %-26s %4dp\n", pos, b.CallNo, b.Title, b.Pages)
	}

	for pos, b := range s.All() {
		if b.Pages < 200 {
			fmt.Printf("first short book at position %d: %s\n", pos, b.Title)
			break
		}
	}

	long := Filter(s.Titles(), func(t string) bool { return len(t) > 12 })
	fmt.Println("long titles:", slices.Collect(long))

	sorted := slices.Sorted(s.Titles())
	fmt.Println("alphabetical:", strings.Join(sorted, " | "))

	for i := range countdown(3) {
		fmt.Println("closing in", i)
	}

	for i, t := range slices.Backward(sorted) {
		if i < 3 {
			break
		}
		fmt.Printf("backward[%d]=%s\n", i, t)
	}
}
