package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// Set is a generic set backed by a map with empty-struct values.
type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{}, len(items))}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)              { s.m[v] = struct{}{} }
func (s *Set[T]) Remove(v T)           { delete(s.m, v) }
func (s *Set[T]) Has(v T) bool         { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int             { return len(s.m) }
func (s *Set[T]) All() iter.Seq[T]     { return maps.Keys(s.m) }
func (s *Set[T]) Clone() *Set[T]       { return &Set[T]{m: maps.Clone(s.m)} }
func (s *Set[T]) Equal(o *Set[T]) bool { return s.Len() == o.Len() && s.SubsetOf(o) }

func (s *Set[T]) SubsetOf(o *Set[T]) bool {
	for v := range s.m {
		if !o.Has(v) {
			return false
		}
	}
	return true
}

func (s *Set[T]) Union(o *Set[T]) *Set[T] {
	out := s.Clone()
	for v := range o.All() {
		out.Add(v)
	}
	return out
}

func (s *Set[T]) Intersect(o *Set[T]) *Set[T] {
	out := NewSet[T]()
	for v := range s.m {
		if o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s *Set[T]) Difference(o *Set[T]) *Set[T] {
	out := s.Clone()
	for v := range o.m {
		out.Remove(v)
	}
	return out
}

// Sorted is a free function because methods cannot add type constraints.
func Sorted[T cmp.Ordered](s *Set[T]) []T {
	return slices.Sorted(s.All())
}

func show[T cmp.Ordered](name string, s *Set[T]) {
	fmt.Printf("%-6s %v (len %d)\n", name, Sorted(s), s.Len())
}

func main() {
	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	show("a", a)
	show("b", b)
	show("a|b", a.Union(b))
	show("a&b", a.Intersect(b))
	show("a-b", a.Difference(b))
	show("b-a", b.Difference(a))
	fmt.Println("subset:", NewSet(4, 5).SubsetOf(b), a.SubsetOf(b))
	fmt.Println("equal:", a.Intersect(b).Equal(NewSet(5, 4)))

	words := NewSet(strings.Fields("to be or not to be that is the question")...)
	show("words", words)
	words.Remove("to")
	fmt.Println(words.Has("to"), words.Has("be"))

	type point struct{ X, Y int }
	pts := NewSet(point{1, 2}, point{3, 4}, point{1, 2})
	fmt.Println("points:", pts.Len(), pts.Has(point{3, 4}), pts.Has(point{4, 3}))
}
