package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Interval[T cmp.Ordered] struct {
	Lo, Hi T // half-open [Lo, Hi)
}

func (iv Interval[T]) Empty() bool                { return iv.Lo >= iv.Hi }
func (iv Interval[T]) Contains(x T) bool          { return iv.Lo <= x && x < iv.Hi }
func (iv Interval[T]) String() string             { return fmt.Sprintf("[%v,%v)", iv.Lo, iv.Hi) }
func (iv Interval[T]) Touches(o Interval[T]) bool { return iv.Lo <= o.Hi && o.Lo <= iv.Hi }

// IntervalSet keeps disjoint, sorted, non-adjacent intervals.
type IntervalSet[T cmp.Ordered] struct {
	ivs []Interval[T]
}

func (s *IntervalSet[T]) Len() int { return len(s.ivs) }

func (s *IntervalSet[T]) Add(lo, hi T) error {
	iv := Interval[T]{lo, hi}
	if iv.Empty() {
		return fmt.Errorf("cannot add empty interval %v", iv)
	}
	var out []Interval[T]
	for _, cur := range s.ivs {
		if cur.Touches(iv) {
			iv = Interval[T]{min(cur.Lo, iv.Lo), max(cur.Hi, iv.Hi)}
		} else {
			out = append(out, cur)
		}
	}
	i, _ := slices.BinarySearchFunc(out, iv, func(a, b Interval[T]) int { return cmp.Compare(a.Lo, b.Lo) })
	s.ivs = slices.Insert(out, i, iv)
	return nil
}

func (s *IntervalSet[T]) Remove(lo, hi T) {
	var out []Interval[T]
	for _, cur := range s.ivs {
		left := Interval[T]{cur.Lo, min(cur.Hi, lo)}
		right := Interval[T]{max(cur.Lo, hi), cur.Hi}
		if !left.Empty() {
			out = append(out, left)
		}
		if !right.Empty() {
			out = append(out, right)
		}
	}
	s.ivs = out
}

func (s *IntervalSet[T]) Contains(x T) bool {
	_, found := slices.BinarySearchFunc(s.ivs, x, func(iv Interval[T], x T) int {
		if iv.Contains(x) {
			return 0
		}
		if iv.Hi <= x {
			return -1
		}
		return 1
	})
	return found
}

func (s *IntervalSet[T]) String() string {
	parts := make([]string, len(s.ivs))
	for i, iv := range s.ivs {
		parts[i] = iv.String()
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	var booked IntervalSet[int]
	for _, r := range [][2]int{{9, 10}, {13, 15}, {10, 11}, {16, 18}, {14, 17}, {7, 8}} {
		if err := booked.Add(r[0], r[1]); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Printf("add %v -> %v\n", Interval[int]{r[0], r[1]}, &booked)
	}
	if err := booked.Add(12, 12); err != nil {
		fmt.Println("error:", err)
	}
	for _, h := range []int{7, 8, 10, 12, 17, 18} {
		fmt.Printf("busy at %d: %t\n", h, booked.Contains(h))
	}
	booked.Remove(14, 16)
	fmt.Println("after freeing [14,16):", &booked, "len", booked.Len())
	booked.Remove(0, 10)
	fmt.Println("after freeing [0,10):", &booked)

	var letters IntervalSet[string]
	letters.Add("a", "f")
	letters.Add("m", "q")
	letters.Add("e", "h")
	fmt.Println("letters:", &letters, "has g:", letters.Contains("g"), "has k:", letters.Contains("k"))
}
