package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Set[T cmp.Ordered] map[T]struct{}

func NewSet[T cmp.Ordered](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)      { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Sorted() []T  { return slices.Sorted(maps.Keys(s)) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}

func main() {
	a := NewSet(3, 1, 2)
	b := NewSet(2, 5)
	fmt.Println(a.Sorted(), b.Sorted(), a.Union(b).Sorted(), a.Has(5))
	w := NewSet("go", "rust", "go")
	fmt.Println(len(w), w.Sorted())
}
