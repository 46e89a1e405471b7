package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

// Set is an unordered collection of unique comparable values.
type Set[T comparable] map[T]struct{}

func SetOf[T comparable](vals ...T) Set[T] {
	s := make(Set[T], len(vals))
	for _, v := range vals {
		s.Add(v)
	}
	return s
}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }
func (s Set[T]) Clone() Set[T]     { return maps.Clone(s) }
func (s Set[T]) Remove(v T) Set[T] { delete(s, v); return s }

func (s Set[T]) Union(o Set[T]) Set[T] {
	out := s.Clone()
	for v := range o {
		out.Add(v)
	}
	return out
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	small, big := s, o
	if len(big) < len(small) {
		small, big = big, small
	}
	out := Set[T]{}
	for v := range small {
		if big.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) Difference(o Set[T]) Set[T] {
	out := Set[T]{}
	for v := range s {
		if !o.Has(v) {
			out.Add(v)
		}
	}
	return out
}

func (s Set[T]) SubsetOf(o Set[T]) bool {
	return len(s.Difference(o)) == 0
}

// Sorted returns the members ordered with cmp.Compare; only usable for ordered T.
func Sorted[T cmp.Ordered](s Set[T]) []T {
	return slices.Sorted(maps.Keys(s))
}

type Color int

const (
	Red Color = iota
	Green
	Blue
	Yellow
)

func (c Color) String() string {
	return [...]string{"Red", "Green", "Blue", "Yellow"}[c]
}

func main() {
	a := SetOf(1, 2, 3, 4, 5)
	b := SetOf(4, 5, 6, 7)
	fmt.Println("a        =", Sorted(a))
	fmt.Println("b        =", Sorted(b))
	fmt.Println("a ∪ b    =", Sorted(a.Union(b)))
	fmt.Println("a ∩ b    =", Sorted(a.Intersect(b)))
	fmt.Println("a - b    =", Sorted(a.Difference(b)))
	fmt.Println("b - a    =", Sorted(b.Difference(a)))
	fmt.Println("{4,5}⊆a  =", SetOf(4, 5).SubsetOf(a), " b⊆a =", b.SubsetOf(a))

	// fmt prints map keys in sorted order, so printing a Set directly is stable.
	fmt.Printf("%v\n", SetOf("x", "y"))
	fmt.Printf("%T\n", a)

	warm := SetOf(Red, Yellow)
	primary := SetOf(Red, Green, Blue)
	both := warm.Intersect(primary)
	fmt.Println("warm∩primary:", Sorted(both), "len", both.Len())
	fmt.Println("all colors:", Sorted(warm.Union(primary)))

	c := a.Clone().Remove(1).Remove(2)
	fmt.Println("clone minus 1,2:", Sorted(c), "original still:", a.Len())

	words := []string{"go", "rust", "go", "zig", "c", "rust", "go"}
	uniq := SetOf(words...)
	fmt.Printf("unique %d of %d: %q\n", uniq.Len(), len(words), Sorted(uniq))
}
