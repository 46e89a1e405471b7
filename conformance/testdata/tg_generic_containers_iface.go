package main

import (
	"cmp"
	"fmt"
	"strings"
)

// Container is a non-generic interface satisfied by several instantiations
// of generic types, so they can be stored and inspected together.
type Container interface {
	Len() int
	Describe() string
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) Len() int         { return len(s.items) }
func (s *Stack[T]) Describe() string { return fmt.Sprintf("Stack[%T]%v", *new(T), s.items) }

type SortedSet[T cmp.Ordered] struct{ items []T }

func (s *SortedSet[T]) Add(v T) bool {
	lo, hi := 0, len(s.items)
	for lo < hi {
		mid := (lo + hi) / 2
		if s.items[mid] < v {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	i := lo
	if i < len(s.items) && s.items[i] == v {
		return false
	}
	s.items = append(s.items, v)
	copy(s.items[i+1:], s.items[i:])
	s.items[i] = v
	return true
}
func (s *SortedSet[T]) Len() int         { return len(s.items) }
func (s *SortedSet[T]) Describe() string { return fmt.Sprintf("Set[%T]%v", *new(T), s.items) }

// Pair is a value type; its methods have value receivers so Pair itself is a Container.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Len() int         { return 2 }
func (p Pair[K, V]) Describe() string { return fmt.Sprintf("Pair(%v=%v)", p.Key, p.Val) }

// Popper is a generic interface; *Stack[T] implements Popper[T].
type Popper[T any] interface {
	Pop() (T, bool)
	Len() int
}

func Drain[T any](p Popper[T]) []T {
	var out []T
	for v, ok := p.Pop(); ok; v, ok = p.Pop() {
		out = append(out, v)
	}
	return out
}

func Largest[T cmp.Ordered](xs ...T) (best T) {
	for i, x := range xs {
		if i == 0 || x > best {
			best = x
		}
	}
	return
}

func main() {
	ints := &Stack[int]{}
	ints.Push(3, 1, 4, 1, 5)
	words := &Stack[string]{}
	words.Push("go", "is", "fun")
	set := &SortedSet[float64]{}
	for _, f := range []float64{2.5, -1, 2.5, 10, 0} {
		set.Add(f)
	}
	names := &SortedSet[string]{}
	added := 0
	for _, n := range strings.Fields("kim ann lee ann bo kim") {
		if names.Add(n) {
			added++
		}
	}

	all := []Container{ints, words, set, names, Pair[string, int]{"age", 42}}
	total := 0
	for _, c := range all {
		total += c.Len()
		switch v := c.(type) {
		case *Stack[int]:
			fmt.Println("int stack top-first:", Drain[int](v), "now", v.Describe())
		case Popper[string]:
			fmt.Println("string popper len", v.Len())
		default:
			fmt.Println("other:", v.Describe())
		}
	}
	fmt.Println("total items before drains:", total, "unique names added:", added)
	for _, c := range all {
		fmt.Printf("%-30s len=%d\n", c.Describe(), c.Len())
	}

	fmt.Println("largest int:", Largest(3, 9, 2), "largest string:", Largest("pear", "apple", "zoo"))
	fmt.Printf("empty Largest: %q %v\n", Largest[string](), Largest[float64]())

	// A generic interface value can hold different instantiations only of matching T.
	var p Popper[string] = words
	v, ok := p.Pop()
	fmt.Println("popped:", v, ok, "remaining:", words.Describe())
}
