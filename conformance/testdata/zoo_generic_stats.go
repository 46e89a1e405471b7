package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Kilograms float64
type Visitors int

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

func MinMax[T cmp.Ordered](xs []T) (lo, hi T) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

func GroupCount[T any, K cmp.Ordered](xs []T, key func(T) K) []Pair[K, int] {
	m := map[K]int{}
	for _, x := range xs {
		m[key(x)]++
	}
	out := make([]Pair[K, int], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, int]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, int]) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

func main() {
	weights := []Kilograms{4.2, 190.5, 828, 65.3, 12.75}
	fmt.Printf("weights sum=%.2f mean=%.2f type=%T\n", Sum(weights), Mean(weights), Sum(weights))
	lo, hi := MinMax(weights)
	fmt.Printf("lightest=%v heaviest=%v\n", lo, hi)

	daily := []Visitors{1200, 980, 4300, 3875}
	fmt.Printf("visitors sum=%d mean=%.1f\n", Sum(daily), Mean(daily))

	names := []string{"wombat", "aardvark", "yak", "quokka"}
	first, last := MinMax(names)
	fmt.Println("alphabetical range:", first, "to", last)

	lengths := Map(names, func(s string) int { return len(s) })
	fmt.Println("name lengths:", lengths)
	labels := Map(weights, func(k Kilograms) string { return fmt.Sprintf("%.0fkg", float64(k)) })
	fmt.Println("labels:", labels)

	diets := []string{"herbivore", "carnivore", "herbivore", "omnivore", "herbivore", "carnivore"}
	for _, p := range GroupCount(diets, func(s string) string { return s }) {
		fmt.Println(" ", p)
	}
	byLen := GroupCount(names, func(s string) int { return len(s) })
	fmt.Println("by length:", byLen)
	fmt.Println("empty mean:", Mean([]float64{}))
}
