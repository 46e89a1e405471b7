package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Set is a classic map-backed set of comparable values.
type Set[T comparable] map[T]struct{}

func SetOf[T comparable](vs ...T) Set[T] {
	s := make(Set[T], len(vs))
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func (s Set[T]) Add(v T)             { s[v] = struct{}{} }
func (s Set[T]) Remove(v T)          { delete(s, v) }
func (s Set[T]) Has(v T) bool        { _, ok := s[v]; return ok }
func (s Set[T]) Len() int            { return len(s) }
func (s Set[T]) Clone() Set[T]       { return maps.Clone(s) }
func (s Set[T]) Equal(o Set[T]) bool { return len(s) == len(o) && s.SubsetOf(o) }

func (s Set[T]) SubsetOf(o Set[T]) bool {
	for v := range s {
		if !o.Has(v) {
			return false
		}
	}
	return true
}

func Union[T comparable](a, b Set[T]) Set[T] {
	out := a.Clone()
	maps.Copy(out, b)
	return out
}

func Intersect[T comparable](a, b Set[T]) Set[T] {
	if len(a) > len(b) {
		a, b = b, a
	}
	out := Set[T]{}
	for v := range a {
		if b.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func Difference[T comparable](a, b Set[T]) Set[T] {
	out := a.Clone()
	maps.DeleteFunc(out, func(v T, _ struct{}) bool { return b.Has(v) })
	return out
}

// Sorted returns the elements in ascending order; only available for ordered T.
func Sorted[T cmp.Ordered](s Set[T]) []T {
	return slices.Sorted(maps.Keys(s))
}

func show[T cmp.Ordered](label string, s Set[T]) {
	fmt.Printf("%-12s %v (len %d)\n", label+":", Sorted(s), s.Len())
}

func main() {
	a := SetOf(1, 2, 3, 4, 5)
	b := SetOf(4, 5, 6, 7)
	show("a", a)
	show("b", b)
	show("a ∪ b", Union(a, b))
	show("a ∩ b", Intersect(a, b))
	show("a - b", Difference(a, b))
	show("b - a", Difference(b, a))
	fmt.Println("{4,5} ⊆ a:", SetOf(4, 5).SubsetOf(a))
	fmt.Println("a == a.Clone():", a.Equal(a.Clone()))

	// A map printed by fmt has its keys sorted, so a Set prints deterministically.
	fmt.Println(SetOf("pear", "apple", "fig"))
	fmt.Printf("%T\n", SetOf("x"))

	text := "the quick brown fox jumps over the lazy dog the end"
	seen := Set[string]{}
	var dups []string
	for w := range strings.FieldsSeq(text) {
		if seen.Has(w) {
			dups = append(dups, w)
		}
		seen.Add(w)
	}
	fmt.Println("unique words:", len(seen), "duplicates:", dups)
	show("words", seen)

	type point struct{ X, Y int }
	pts := SetOf(point{1, 2}, point{3, 4}, point{1, 2})
	fmt.Println("points:", pts.Len(), pts.Has(point{3, 4}), pts.Has(point{4, 3}))
	pts.Remove(point{1, 2})
	fmt.Println(pts)

	letters := Set[rune]{}
	for _, r := range "mississippi" {
		letters.Add(r)
	}
	fmt.Println("letters:", string(Sorted(letters)))
}
