package main

import (
	"cmp"
	"fmt"
	"iter"
	"sort"
	"strings"
)

// Span is a half-open range [Lo, Hi).
type Span[T cmp.Ordered] struct{ Lo, Hi T }

func (s Span[T]) String() string { return fmt.Sprintf("[%v,%v)", s.Lo, s.Hi) }

// IntervalSet keeps a sorted list of disjoint, non-adjacent spans.
type IntervalSet[T cmp.Ordered] struct {
	spans []Span[T]
}

func (s *IntervalSet[T]) Add(lo, hi T) error {
	if !(lo < hi) {
		return fmt.Errorf("add %v: empty or inverted span", Span[T]{lo, hi})
	}
	// first span whose Hi reaches lo (touching spans merge)
	i := sort.Search(len(s.spans), func(k int) bool { return s.spans[k].Hi >= lo })
	j := i
	for j < len(s.spans) && s.spans[j].Lo <= hi {
		lo = min(lo, s.spans[j].Lo)
		hi = max(hi, s.spans[j].Hi)
		j++
	}
	merged := append([]Span[T]{}, s.spans[:i]...)
	merged = append(merged, Span[T]{lo, hi})
	s.spans = append(merged, s.spans[j:]...)
	return nil
}

func (s *IntervalSet[T]) Remove(lo, hi T) {
	var out []Span[T]
	for _, sp := range s.spans {
		if sp.Hi <= lo || hi <= sp.Lo {
			out = append(out, sp)
			continue
		}
		if sp.Lo < lo {
			out = append(out, Span[T]{sp.Lo, lo})
		}
		if hi < sp.Hi {
			out = append(out, Span[T]{hi, sp.Hi})
		}
	}
	s.spans = out
}

func (s *IntervalSet[T]) Contains(x T) bool {
	i := sort.Search(len(s.spans), func(k int) bool { return s.spans[k].Hi > x })
	return i < len(s.spans) && s.spans[i].Lo <= x
}

func (s *IntervalSet[T]) All() iter.Seq[Span[T]] {
	return func(yield func(Span[T]) bool) {
		for _, sp := range s.spans {
			if !yield(sp) {
				return
			}
		}
	}
}

func (s *IntervalSet[T]) String() string {
	parts := make([]string, 0, len(s.spans))
	for sp := range s.All() {
		parts = append(parts, sp.String())
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func coverage(s *IntervalSet[int]) int {
	total := 0
	for sp := range s.All() {
		total += sp.Hi - sp.Lo
	}
	return total
}

func main() {
	var s IntervalSet[int]
	adds := [][2]int{{10, 20}, {30, 40}, {50, 60}, {18, 32}, {60, 65}, {0, 5}, {7, 7}, {70, 80}, {4, 9}}
	for _, a := range adds {
		if err := s.Add(a[0], a[1]); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("add [%d,%d) -> %v\n", a[0], a[1], &s)
	}
	fmt.Println("covered:", coverage(&s))
	s.Remove(15, 35)
	fmt.Println("remove [15,35) ->", &s)
	s.Remove(0, 100)
	s.Add(1, 3)
	s.Add(5, 8)
	s.Add(3, 5)
	fmt.Println("reset and bridge ->", &s, "covered:", coverage(&s))
	for _, x := range []int{0, 1, 7, 8} {
		fmt.Printf("contains %d: %v\n", x, s.Contains(x))
	}

	var words IntervalSet[string]
	words.Add("apple", "cherry")
	words.Add("melon", "peach")
	words.Add("banana", "grape")
	fmt.Println("string ranges:", &words)
	for _, w := range []string{"fig", "kiwi", "orange"} {
		fmt.Printf("%s in ranges: %v\n", w, words.Contains(w))
	}
}
