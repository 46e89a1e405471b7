package main

import (
	"cmp"
	"fmt"
	"slices"
)

// Number is a constraint for numeric sensor readings.
type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

// Kelvin and Rpm are distinct named types over basic numbers.
type Kelvin float64
type Rpm int

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

// Range returns the spread between the smallest and largest reading.
func Range[T cmp.Ordered](xs []T) (lo, hi T) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return lo, hi
}

// Pair holds two values of possibly different types.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

// TopN returns the n largest items by the given score.
func TopN[T any, S cmp.Ordered](items []T, n int, score func(T) S) []T {
	sorted := slices.Clone(items)
	slices.SortStableFunc(sorted, func(a, b T) int { return cmp.Compare(score(b), score(a)) })
	return sorted[:min(n, len(sorted))]
}

func main() {
	temps := []Kelvin{291.5, 288.0, 302.25, 295.0, 276.75}
	wheels := []Rpm{4200, 4150, 4390, 3980}
	names := []string{"radiator", "battery", "gyro", "antenna"}

	fmt.Printf("temps sum=%.2f mean=%.2f K\n", Sum(temps), Mean(temps))
	lo, hi := Range(temps)
	fmt.Printf("temps range %.2f..%.2f (%T)\n", lo, hi, lo)

	fmt.Printf("wheel sum=%d mean=%.1f rpm\n", Sum(wheels), Mean(wheels))
	wlo, whi := Range(wheels)
	fmt.Println("wheel range:", wlo, whi, "spread", whi-wlo)

	slo, shi := Range(names)
	fmt.Printf("names range %q..%q\n", slo, shi)

	readings := []Pair[string, Kelvin]{}
	for i, n := range names {
		readings = append(readings, Pair[string, Kelvin]{n, temps[i]})
	}
	hot := TopN(readings, 2, func(p Pair[string, Kelvin]) Kelvin { return p.Val })
	fmt.Println("hottest two:", hot)

	fastest := TopN(wheels, 10, func(r Rpm) Rpm { return r })
	fmt.Println("wheels by speed:", fastest)
	fmt.Println("builtin min/max:", min(3, 1, 2), max(2.5, 7.25), min("ion", "hall"))
}
