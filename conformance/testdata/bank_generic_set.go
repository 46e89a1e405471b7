package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Set[T cmp.Ordered] struct {
	m map[T]struct{}
}

func NewSet[T cmp.Ordered](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)      { s.m[v] = struct{}{} }
func (s *Set[T]) Remove(v T)   { delete(s.m, v) }
func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }
func (s *Set[T]) Clear()       { clear(s.m) }

func (s *Set[T]) Items() []T {
	out := make([]T, 0, len(s.m))
	for k := range s.m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	r := NewSet(s.Items()...)
	for k := range o.m {
		r.Add(k)
	}
	return r
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s *Set[T]) Minus(o *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		if !o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s *Set[T]) String() string {
	return fmt.Sprint(s.Items())
}

func main() {
	january := NewSet("ACME", "Globex", "Initech", "Umbrella", "Hooli")
	february := NewSet("Globex", "Hooli", "Stark", "Wayne", "ACME")

	fmt.Println("January customers: ", january)
	fmt.Println("February customers:", february)
	fmt.Println("Either month:      ", january.Union(february))
	fmt.Println("Both months:       ", january.Intersect(february))
	fmt.Println("Churned:           ", january.Minus(february))
	fmt.Println("New in February:   ", february.Minus(january))

	retention := float64(january.Intersect(february).Len()) / float64(january.Len())
	fmt.Printf("Retention rate: %.0f%%\n", retention*100)

	// Invoice numbers seen, to catch duplicates in a payment batch.
	seen := NewSet[int]()
	batch := []int{1007, 1003, 1011, 1003, 1020, 1007, 1015}
	var dups []int
	for _, inv := range batch {
		if seen.Has(inv) {
			dups = append(dups, inv)
			continue
		}
		seen.Add(inv)
	}
	fmt.Println("Unique invoices:", seen, "count", seen.Len())
	fmt.Println("Duplicates:", dups)

	seen.Remove(1020)
	fmt.Println("After voiding 1020:", seen, seen.Has(1020))
	seen.Clear()
	fmt.Println("After clear:", seen, seen.Len())
}
