package main

import (
	"cmp"
	"fmt"
	"slices"
)

// Number is satisfied by the numeric types our sensors report.
type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Kilograms float64
type Millimetres int32

// Summary holds basic statistics for a series of readings.
type Summary[T Number] struct {
	Count    int
	Min, Max T
	Mean     float64
}

func (s Summary[T]) String() string {
	return fmt.Sprintf("n=%d min=%v max=%v mean=%.2f", s.Count, s.Min, s.Max, s.Mean)
}

func Summarize[T Number](values []T) (Summary[T], bool) {
	if len(values) == 0 {
		return Summary[T]{}, false
	}
	s := Summary[T]{Count: len(values), Min: values[0], Max: values[0]}
	var total float64
	for _, v := range values {
		s.Min = min(s.Min, v)
		s.Max = max(s.Max, v)
		total += float64(v)
	}
	s.Mean = total / float64(len(values))
	return s, true
}

// OutOfRange returns the indices of values outside [lo, hi].
func OutOfRange[T cmp.Ordered](values []T, lo, hi T) []int {
	var idx []int
	for i, v := range values {
		if cmp.Less(v, lo) || cmp.Less(hi, v) {
			idx = append(idx, i)
		}
	}
	return idx
}

// Pair is a generic key/value pair.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func TopN[K comparable, V cmp.Ordered](m map[K]V, n int, keyLess func(a, b K) int) []Pair[K, V] {
	pairs := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		pairs = append(pairs, Pair[K, V]{k, v})
	}
	slices.SortFunc(pairs, func(a, b Pair[K, V]) int {
		return cmp.Or(cmp.Compare(b.Val, a.Val), keyLess(a.Key, b.Key))
	})
	return pairs[:min(n, len(pairs))]
}

func main() {
	loads := []Kilograms{320.5, 610, 75.25, 980, 1040.5, 455}
	gaps := []Millimetres{3, 4, 2, 9, 3, 5, 3}
	temps := []float64{21.5, 22.0, 35.5, 21.0}

	if s, ok := Summarize(loads); ok {
		fmt.Printf("load:  %v (%T)\n", s, s.Max)
	}
	if s, ok := Summarize(gaps); ok {
		fmt.Printf("gap:   %v (%T)\n", s, s.Max)
	}
	if s, ok := Summarize(temps); ok {
		fmt.Printf("temp:  %v\n", s)
	}
	if _, ok := Summarize([]int{}); !ok {
		fmt.Println("empty: no readings")
	}

	fmt.Println("load out of range:", OutOfRange(loads, 0, 1000))
	fmt.Println("gap out of range:", OutOfRange(gaps, 2, 5))
	fmt.Println("temp out of range:", OutOfRange(temps, 15, 30))
	fmt.Println("car ids out of range:", OutOfRange([]string{"A", "B", "Z", "C"}, "A", "D"))

	faults := map[string]int{"door": 7, "leveling": 3, "brake": 7, "encoder": 1, "fan": 4}
	for i, p := range TopN(faults, 3, cmp.Compare[string]) {
		fmt.Printf("#%d %-8s %d\n", i+1, p.Key, p.Val)
	}
}
