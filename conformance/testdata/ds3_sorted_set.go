package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

// SortedSlice keeps elements ordered and unique using binary search.
type SortedSlice[T cmp.Ordered] struct {
	data []T
}

func (s *SortedSlice[T]) Insert(v T) bool {
	i, found := slices.BinarySearch(s.data, v)
	if found {
		return false
	}
	s.data = slices.Insert(s.data, i, v)
	return true
}

func (s *SortedSlice[T]) Delete(v T) bool {
	i, found := slices.BinarySearch(s.data, v)
	if !found {
		return false
	}
	s.data = slices.Delete(s.data, i, i+1)
	return true
}

func (s *SortedSlice[T]) Len() int { return len(s.data) }

// SortedSet is the public type, built on SortedSlice.
type SortedSet[T cmp.Ordered] struct {
	store SortedSlice[T]
}

func NewSortedSet[T cmp.Ordered](vals ...T) *SortedSet[T] {
	s := &SortedSet[T]{}
	for _, v := range vals {
		s.Add(v)
	}
	return s
}

func (s *SortedSet[T]) Add(v T) bool    { return s.store.Insert(v) }
func (s *SortedSet[T]) Remove(v T) bool { return s.store.Delete(v) }
func (s *SortedSet[T]) Len() int        { return s.store.Len() }
func (s *SortedSet[T]) String() string  { return fmt.Sprintf("%v", s.store.data) }

func (s *SortedSet[T]) Contains(v T) bool {
	_, found := slices.BinarySearch(s.store.data, v)
	return found
}

func (s *SortedSet[T]) Range(lo, hi T) iter.Seq[T] {
	return func(yield func(T) bool) {
		i, _ := slices.BinarySearch(s.store.data, lo)
		for ; i < len(s.store.data) && s.store.data[i] < hi; i++ {
			if !yield(s.store.data[i]) {
				return
			}
		}
	}
}

func (s *SortedSet[T]) Min() (T, error) {
	if s.Len() == 0 {
		var zero T
		return zero, fmt.Errorf("min of empty set")
	}
	return s.store.data[0], nil
}

func (s *SortedSet[T]) Union(o *SortedSet[T]) *SortedSet[T] {
	out := NewSortedSet(s.store.data...)
	for _, v := range o.store.data {
		out.Add(v)
	}
	return out
}

func (s *SortedSet[T]) Intersect(o *SortedSet[T]) *SortedSet[T] {
	out := NewSortedSet[T]()
	for _, v := range s.store.data {
		if o.Contains(v) {
			out.Add(v)
		}
	}
	return out
}

func main() {
	a := NewSortedSet(15, 3, 9, 27, 3, 42, 1, 9)
	b := NewSortedSet(9, 10, 42, 100, 2)
	fmt.Println("a:", a, "len", a.Len())
	fmt.Println("b:", b, "len", b.Len())
	fmt.Println("a contains 27:", a.Contains(27), "contains 28:", a.Contains(28))
	fmt.Println("union:", a.Union(b))
	fmt.Println("intersect:", a.Intersect(b))
	fmt.Println("a in [5,30):", slices.Collect(a.Range(5, 30)))
	fmt.Println("add 3 again:", a.Add(3), "remove 15:", a.Remove(15), "remove 16:", a.Remove(16))
	fmt.Println("a now:", a)
	if m, err := a.Min(); err == nil {
		fmt.Println("min:", m)
	}
	words := NewSortedSet("pear", "apple", "fig", "cherry", "banana")
	fmt.Println("words:", words)
	for w := range words.Range("b", "d") {
		fmt.Println("  b..d:", w)
	}
	empty := NewSortedSet[float64]()
	if _, err := empty.Min(); err != nil {
		fmt.Println("error:", err)
	}
}
