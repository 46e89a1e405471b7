package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{m: make(map[T]struct{}, len(items))}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)          { s.m[v] = struct{}{} }
func (s Set[T]) Remove(v T)       { delete(s.m, v) }
func (s Set[T]) Has(v T) bool     { _, ok := s.m[v]; return ok }
func (s Set[T]) Len() int         { return len(s.m) }
func (s Set[T]) All() iter.Seq[T] { return maps.Keys(s.m) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for v := range s.All() {
		r.Add(v)
	}
	for v := range o.All() {
		r.Add(v)
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := NewSet[T]()
	small, big := s, o
	if small.Len() > big.Len() {
		small, big = big, small
	}
	for v := range small.All() {
		if big.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := NewSet[T]()
	for v := range s.All() {
		if !o.Has(v) {
			r.Add(v)
		}
	}
	return r
}

func (s Set[T]) SubsetOf(o Set[T]) bool {
	for v := range s.All() {
		if !o.Has(v) {
			return false
		}
	}
	return true
}

// Sorted returns the elements in order; a free function because it needs cmp.Ordered.
func Sorted[T cmp.Ordered](s Set[T]) []T {
	return slices.Sorted(s.All())
}

func Show[T cmp.Ordered](name string, s Set[T]) {
	parts := make([]string, 0, s.Len())
	for _, v := range Sorted(s) {
		parts = append(parts, fmt.Sprint(v))
	}
	fmt.Printf("%-12s %d {%s}\n", name+":", s.Len(), strings.Join(parts, ", "))
}

type Point struct{ X, Y int }

func main() {
	evens := NewSet(0, 2, 4, 6, 8, 10, 12)
	threes := NewSet(0, 3, 6, 9, 12)
	Show("evens", evens)
	Show("threes", threes)
	Show("union", evens.Union(threes))
	Show("intersect", evens.Intersect(threes))
	Show("evens-3s", evens.Diff(threes))
	Show("3s-evens", threes.Diff(evens))
	sixes := NewSet(0, 6, 12)
	fmt.Println("sixes ⊆ evens:", sixes.SubsetOf(evens), "| evens ⊆ sixes:", evens.SubsetOf(sixes))

	a := NewSet(strings.Fields("go rust zig c go python")...)
	b := NewSet(strings.Fields("python ruby go perl")...)
	a.Remove("c")
	Show("langs a", a)
	Show("a ∩ b", a.Intersect(b))
	Show("a ∪ b", a.Union(b))

	visited := NewSet[Point]()
	x, y := 0, 0
	for _, step := range "NNEESWWSNE" {
		switch step {
		case 'N':
			y++
		case 'S':
			y--
		case 'E':
			x++
		case 'W':
			x--
		}
		visited.Add(Point{x, y})
	}
	pts := slices.SortedFunc(visited.All(), func(p, q Point) int {
		return cmp.Or(cmp.Compare(p.X, q.X), cmp.Compare(p.Y, q.Y))
	})
	fmt.Printf("visited %d distinct points: %v\n", visited.Len(), pts)
	fmt.Printf("has {1 1}: %v, has {5 5}: %v, type %T\n", visited.Has(Point{1, 1}), visited.Has(Point{5, 5}), visited)
}
