package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] map[T]struct{}

func NewSet[T cmp.Ordered](items ...T) Set[T] {
	s := Set[T]{}
	for _, it := range items {
		s[it] = struct{}{}
	}
	return s
}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Discard(v T)  { delete(s, v) }
func (s Set[T]) Sorted() []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func (s Set[T]) String() string {
	if len(s) == 0 {
		return "set()"
	}
	parts := []string{}
	for _, v := range s.Sorted() {
		parts = append(parts, fmt.Sprintf("%#v", v))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

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

func (s Set[T]) Intersection(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set[T]) Difference(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		if !o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set[T]) SymmetricDifference(o Set[T]) Set[T] {
	return s.Difference(o).Union(o.Difference(s))
}

func (s Set[T]) IsSubset(o Set[T]) bool {
	for k := range s {
		if !o.Has(k) {
			return false
		}
	}
	return true
}

func main() {
	a := NewSet(1, 2, 3, 4, 5)
	b := NewSet(4, 5, 6, 7)
	fmt.Println("a =", a, "b =", b)
	fmt.Println("a | b =", a.Union(b))
	fmt.Println("a & b =", a.Intersection(b))
	fmt.Println("a - b =", a.Difference(b))
	fmt.Println("a ^ b =", a.SymmetricDifference(b))
	fmt.Println("{4,5} <= a:", NewSet(4, 5).IsSubset(a), "b <= a:", b.IsSubset(a))
	fmt.Println("3 in a:", a.Has(3), "9 in a:", a.Has(9))

	words := NewSet(strings.Fields("the cat and the hat and the bat")...)
	fmt.Println(words, len(words))
	words.Discard("the")
	words.Discard("nonexistent")
	fmt.Println(words)
	fmt.Println(NewSet[string]())

	// dedupe while preserving order (dict.fromkeys)
	seen := map[string]struct{}{}
	var uniq []string
	for _, w := range strings.Split("b,a,b,c,a,d", ",") {
		if _, ok := seen[w]; !ok {
			seen[w] = struct{}{}
			uniq = append(uniq, w)
		}
	}
	fmt.Println(uniq)
}
