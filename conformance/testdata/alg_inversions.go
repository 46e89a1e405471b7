package main

import (
	"cmp"
	"fmt"
)

type Pair[T any] struct{ A, B T }

func (p Pair[T]) String() string { return fmt.Sprintf("(%v,%v)", p.A, p.B) }

// sortCount merge-sorts xs and returns the number of inversions.
func sortCount[T cmp.Ordered](xs []T) ([]T, int64) {
	if len(xs) <= 1 {
		return append([]T(nil), xs...), 0
	}
	mid := len(xs) / 2
	left, a := sortCount(xs[:mid])
	right, b := sortCount(xs[mid:])
	merged := make([]T, 0, len(xs))
	inv := a + b
	i, j := 0, 0
	for i < len(left) && j < len(right) {
		if right[j] < left[i] {
			merged = append(merged, right[j])
			inv += int64(len(left) - i)
			j++
		} else {
			merged = append(merged, left[i])
			i++
		}
	}
	merged = append(merged, left[i:]...)
	merged = append(merged, right[j:]...)
	return merged, inv
}

func bruteInversions[T cmp.Ordered](xs []T) []Pair[T] {
	var ps []Pair[T]
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			if xs[i] > xs[j] {
				ps = append(ps, Pair[T]{xs[i], xs[j]})
			}
		}
	}
	return ps
}

// kendallTau distance between two rankings of the same items.
func kendallTau(a, b []string) (int64, error) {
	if len(a) != len(b) {
		return 0, fmt.Errorf("length mismatch %d vs %d", len(a), len(b))
	}
	pos := make(map[string]int, len(b))
	for i, s := range b {
		pos[s] = i
	}
	idx := make([]int, len(a))
	for i, s := range a {
		p, ok := pos[s]
		if !ok {
			return 0, fmt.Errorf("item %q missing from second ranking", s)
		}
		idx[i] = p
	}
	_, n := sortCount(idx)
	return n, nil
}

func main() {
	data := []int{2, 4, 1, 3, 5}
	s, n := sortCount(data)
	fmt.Println(data, "->", s, "inversions:", n, "pairs:", bruteInversions(data))
	rev := []int{9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
	_, n = sortCount(rev)
	fmt.Println("reversed 10:", n, "expected", 10*9/2)
	words := []string{"delta", "alpha", "charlie", "bravo"}
	sw, n := sortCount(words)
	fmt.Println(sw, n, bruteInversions(words))
	d, err := kendallTau([]string{"a", "b", "c", "d"}, []string{"b", "d", "a", "c"})
	fmt.Println("kendall tau:", d, err)
	_, err = kendallTau([]string{"a", "x"}, []string{"a", "b"})
	fmt.Println("error:", err)
}
