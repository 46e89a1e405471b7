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
func (s Set[T]) Has(v T) bool     { _, ok := s.m[v]; return ok }
func (s Set[T]) Len() int         { return len(s.m) }
func (s Set[T]) All() iter.Seq[T] { return maps.Keys(s.m) }
func (s Set[T]) Remove(v T)       { delete(s.m, v) }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := NewSet[T]()
	maps.Copy(out.m, s.m)
	maps.Copy(out.m, o.m)
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range s.All() {
		if o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) Difference(o Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range s.All() {
		if !o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) SubsetOf(o Set[T]) bool {
	return s.Difference(o).Len() == 0
}

// Sorted returns elements in ascending order; only available for ordered T via a helper.
func Sorted[T cmp.Ordered](s Set[T]) []T {
	return slices.Sorted(s.All())
}

func fmtSet[T cmp.Ordered](s Set[T]) string {
	parts := make([]string, 0, s.Len())
	for _, v := range Sorted(s) {
		parts = append(parts, fmt.Sprint(v))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

type Coord struct{ R, C int }

func main() {
	a := NewSet(1, 2, 3, 4, 5, 3, 1)
	b := NewSet(4, 5, 6, 7)
	fmt.Println("a =", fmtSet(a), "b =", fmtSet(b))
	fmt.Println("a ∪ b =", fmtSet(a.Union(b)))
	fmt.Println("a ∩ b =", fmtSet(a.Intersect(b)))
	fmt.Println("a - b =", fmtSet(a.Difference(b)))
	fmt.Println("b - a =", fmtSet(b.Difference(a)))
	fmt.Println("{4,5} ⊆ a:", NewSet(4, 5).SubsetOf(a), " b ⊆ a:", b.SubsetOf(a))

	langs := map[string]Set[string]{
		"ann": NewSet("go", "rust", "python"),
		"ben": NewSet("python", "java"),
		"cat": NewSet("go", "python", "c"),
	}
	common := langs["ann"]
	all := NewSet[string]()
	for _, name := range slices.Sorted(maps.Keys(langs)) {
		common = common.Intersect(langs[name])
		all = all.Union(langs[name])
	}
	fmt.Println("everyone knows:", fmtSet(common))
	fmt.Println("someone knows:", fmtSet(all))

	visited := NewSet[Coord]()
	pos := Coord{0, 0}
	visited.Add(pos)
	for _, step := range "RRDDLLUURDR" {
		switch step {
		case 'R':
			pos.C++
		case 'L':
			pos.C--
		case 'U':
			pos.R--
		case 'D':
			pos.R++
		}
		visited.Add(pos)
	}
	cells := slices.SortedFunc(visited.All(), func(x, y Coord) int {
		return cmp.Or(cmp.Compare(x.R, y.R), cmp.Compare(x.C, y.C))
	})
	fmt.Printf("visited %d cells, final %+v\n", visited.Len(), pos)
	fmt.Println(cells)
	visited.Remove(Coord{0, 0})
	fmt.Println("has origin:", visited.Has(Coord{0, 0}), "has {1 1}:", visited.Has(Coord{1, 1}))
	fmt.Printf("%T\n", visited)
}
