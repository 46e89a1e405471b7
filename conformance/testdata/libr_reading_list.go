package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Set is a generic set built on a map.
type Set[T comparable] map[T]struct{}

func NewSet[T comparable](items ...T) Set[T] {
	s := make(Set[T])
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)             { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool        { _, ok := s[v]; return ok }
func (s Set[T]) Len() int            { return len(s) }
func (s Set[T]) Remove(v T)          { delete(s, v) }
func (s Set[T]) Clone() Set[T]       { return maps.Clone(s) }
func (s Set[T]) Equal(o Set[T]) bool { return maps.Equal(s, o) }

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	out := make(Set[T])
	for v := range s {
		if o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := s.Clone()
	maps.Copy(out, o)
	return out
}

// Sorted returns the set's members in order; only works for ordered types,
// so it is a function, not a method.
func Sorted[T interface {
	comparable
	~string | ~int
}](s Set[T]) []T {
	return slices.Sorted(maps.Keys(s))
}

func main() {
	club := map[string]Set[string]{
		"mon": NewSet("Beloved", "Dune", "Emma", "Kindred"),
		"wed": NewSet("Dune", "Kindred", "Neuromancer"),
		"fri": NewSet("Emma", "Dune", "Persuasion", "Kindred"),
	}

	days := slices.Sorted(maps.Keys(club))
	for _, d := range days {
		fmt.Printf("%s (%d): %s\n", d, club[d].Len(), strings.Join(Sorted(club[d]), ", "))
	}

	common := club["mon"].Intersect(club["wed"]).Intersect(club["fri"])
	fmt.Println("read by every group:", Sorted(common))

	all := NewSet[string]()
	for _, d := range days {
		all = all.Union(club[d])
	}
	fmt.Println("all titles:", Sorted(all))

	copyMon := club["mon"].Clone()
	copyMon.Remove("Beloved")
	fmt.Println("clone independent:", club["mon"].Has("Beloved"), copyMon.Has("Beloved"))
	fmt.Println("equal after change:", copyMon.Equal(club["mon"]))

	cards := NewSet(1042, 77, 3, 1042, 77)
	fmt.Println("unique cards:", Sorted(cards), "len", cards.Len())
	fmt.Printf("type: %T\n", cards)
}
