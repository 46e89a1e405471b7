package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Plays int64

type Ranked[K comparable, V cmp.Ordered] struct {
	Key   K
	Value V
}

func TopN[K cmp.Ordered, V cmp.Ordered](m map[K]V, n int) []Ranked[K, V] {
	list := make([]Ranked[K, V], 0, len(m))
	for k, v := range m {
		list = append(list, Ranked[K, V]{k, v})
	}
	slices.SortFunc(list, func(a, b Ranked[K, V]) int {
		if c := cmp.Compare(b.Value, a.Value); c != 0 {
			return c
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return list[:min(n, len(list))]
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func MapValues[K comparable, V any, R any](m map[K]V, f func(V) R) map[K]R {
	out := make(map[K]R, len(m))
	for k, v := range m {
		out[k] = f(v)
	}
	return out
}

func main() {
	plays := map[string]Plays{
		"Electric Avenue": 48211,
		"Slow Burn":       93002,
		"Paper Planes":    77120,
		"Halcyon":         12093,
		"Northern Lights": 93002,
		"Sugar Rush":      5012,
	}
	fmt.Println("Top 3 by plays:")
	for i, r := range TopN(plays, 3) {
		fmt.Printf("  %d. %-16s %6d\n", i+1, r.Key, r.Value)
	}

	ratings := map[string]float64{
		"Electric Avenue": 4.1,
		"Slow Burn":       3.7,
		"Paper Planes":    4.6,
		"Halcyon":         4.9,
	}
	fmt.Println("Top 2 by rating:")
	for _, r := range TopN(ratings, 2) {
		fmt.Printf("  %-16s %.1f\n", r.Key, r.Value)
	}

	bpms := map[int]string{128: "house", 174: "drum and bass", 90: "hip hop", 140: "dubstep"}
	inverted := map[string]int{}
	for k, v := range bpms {
		inverted[v] = k
	}
	fmt.Printf("fastest genres: %+v\n", TopN(inverted, 10)[:2])

	daily := []Plays{1200, 1530, 980, 2210, 1875}
	fmt.Printf("weekday plays: sum=%d avg=%.1f type=%T\n", Sum(daily), Average(daily), Sum(daily))
	lengths := []float64{3.5, 4.25, 2.75}
	fmt.Printf("song minutes: sum=%.2f avg=%.3f\n", Sum(lengths), Average(lengths))

	thousands := MapValues(plays, func(p Plays) string { return fmt.Sprintf("%.1fk", float64(p)/1000) })
	for _, k := range slices.Sorted(maps.Keys(thousands)) {
		fmt.Printf("  %-16s %s\n", k, thousands[k])
	}
}
