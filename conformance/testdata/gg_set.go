package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] map[T]struct{}

func NewSet[T cmp.Ordered](items ...T) Set[T] {
	s := make(Set[T], len(items))
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T) bool {
	if _, ok := s[v]; ok {
		return false
	}
	s[v] = struct{}{}
	return true
}

func (s Set[T]) Has(v T) bool     { _, ok := s[v]; return ok }
func (s Set[T]) Len() int         { return len(s) }
func (s Set[T]) Sorted() []T      { return slices.Sorted(maps.Keys(s)) }
func (s Set[T]) All() iter.Seq[T] { return slices.Values(s.Sorted()) }

func (s Set[T]) String() string {
	parts := make([]string, 0, len(s))
	for v := range s.All() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func Union[T cmp.Ordered](a, b Set[T]) Set[T] {
	out := maps.Clone(a)
	maps.Copy(out, b)
	return out
}

func Intersect[T cmp.Ordered](a, b Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range a {
		if b.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func Difference[T cmp.Ordered](a, b Set[T]) Set[T] {
	out := maps.Clone(a)
	maps.DeleteFunc(out, func(v T, _ struct{}) bool { return b.Has(v) })
	return out
}

func IsSubset[T cmp.Ordered](a, b Set[T]) bool {
	for v := range a {
		if !b.Has(v) {
			return false
		}
	}
	return true
}

// Dedupe keeps the first occurrence of each element, preserving order.
func Dedupe[T cmp.Ordered](xs []T) []T {
	seen := NewSet[T]()
	return slices.DeleteFunc(slices.Clone(xs), func(x T) bool { return !seen.Add(x) })
}

var vowels = NewSet(strings.Split("aeiou", "")...)

func main() {
	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	fmt.Println("a:", a, "b:", b)
	fmt.Println("union:", Union(a, b))
	fmt.Println("intersect:", Intersect(a, b))
	fmt.Println("a-b:", Difference(a, b), "b-a:", Difference(b, a))
	fmt.Println("{4,5} subset of a:", IsSubset(NewSet(4, 5), a), "b subset of a:", IsSubset(b, a))
	fmt.Println("add 3 again:", a.Add(3), "add 9:", a.Add(9), "len:", a.Len())

	word := "generic programming"
	found := NewSet[string]()
	for _, r := range word {
		if ch := string(r); vowels.Has(ch) {
			found.Add(ch)
		}
	}
	fmt.Println("vowels in", word+":", found)
	fmt.Printf("%T %d\n", found, found.Len())

	fmt.Println("dedupe:", Dedupe([]string{"b", "a", "b", "c", "a", "d"}))
	fmt.Println("dedupe:", Dedupe([]float64{1.5, 1.5, 2, 0.5, 2}))

	empty := NewSet[int]()
	fmt.Println("empty:", empty, "len", empty.Len(), "sorted", empty.Sorted())
	for v := range Union(a, b).All() {
		if v%2 == 0 {
			fmt.Print(v, ",")
		}
	}
	fmt.Println("end")
}
