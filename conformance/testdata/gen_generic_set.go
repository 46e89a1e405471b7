package main

import (
	"cmp"
	"fmt"
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

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Sorted() []T  { return slices.Sorted(maps.Keys(s)) }
func (s Set[T]) Remove(v T) bool {
	if !s.Has(v) {
		return false
	}
	delete(s, v)
	return true
}

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range s {
		out.Add(v)
	}
	for v := range o {
		out.Add(v)
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	small, big := s, o
	if len(small) > len(big) {
		small, big = big, small
	}
	out := NewSet[T]()
	for v := range small {
		if big.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) Difference(o Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range s {
		if !o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) String() string {
	parts := make([]string, 0, len(s))
	for _, v := range s.Sorted() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func main() {
	a := NewSet(5, 1, 9, 3, 7, 3, 1)
	b := NewSet(2, 3, 4, 5, 6)
	fmt.Println("a:", a, "len", a.Len())
	fmt.Println("b:", b)
	fmt.Println("a ∪ b:", a.Union(b))
	fmt.Println("a ∩ b:", a.Intersect(b))
	fmt.Println("a - b:", a.Difference(b))
	fmt.Println("b - a:", b.Difference(a))

	fmt.Println("remove 9:", a.Remove(9), "again:", a.Remove(9), a)

	langs := NewSet(strings.Fields("go rust go zig c go rust")...)
	typed := NewSet("go", "c", "java")
	fmt.Printf("%v %T\n", langs, langs)
	fmt.Printf("%q\n", langs.Intersect(typed).Sorted())
	fmt.Printf("%s has go=%t python=%t\n", langs, langs.Has("go"), langs.Has("python"))

	empty := NewSet[float64]()
	fmt.Println("empty:", empty, empty.Union(NewSet(2.5, -1.0)))
}
