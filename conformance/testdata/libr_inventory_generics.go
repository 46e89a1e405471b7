package main

import (
	"cmp"
	"fmt"
	"slices"
)

// Number allows integer and float quantities.
type Number interface {
	~int | ~int64 | ~float64
}

type Cents int

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best, true
}

// Pair is a small generic struct.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Item struct {
	Title string
	Cost  Cents
	Shelf int
}

func main() {
	items := []Item{
		{"Atlas", 8999, 3},
		{"Cookbook", 2450, 1},
		{"Dictionary", 5999, 3},
		{"Novel", 1599, 2},
		{"Poems", 1200, 2},
	}

	costs := Map(items, func(i Item) Cents { return i.Cost })
	fmt.Println("costs:", costs)
	fmt.Printf("total value: %d cents (%T)\n", Sum(costs), Sum(costs))
	fmt.Printf("avg weight: %.2f\n", Sum([]float64{1.5, 2.25, 0.75})/3)

	shelf3 := Filter(items, func(i Item) bool { return i.Shelf == 3 })
	fmt.Println("on shelf 3:", Map(shelf3, func(i Item) string { return i.Title }))

	if top, ok := MaxBy(items, func(i Item) Cents { return i.Cost }); ok {
		fmt.Println("most valuable:", top.Title)
	}
	if longest, ok := MaxBy(items, func(i Item) int { return len(i.Title) }); ok {
		fmt.Println("longest title:", longest.Title)
	}
	_, ok := MaxBy([]Item{}, func(i Item) int { return 0 })
	fmt.Println("max of empty ok:", ok)

	pairs := Map(items, func(i Item) Pair[string, int] { return Pair[string, int]{i.Title, i.Shelf} })
	slices.SortStableFunc(pairs, func(a, b Pair[string, int]) int {
		return cmp.Or(cmp.Compare(a.Val, b.Val), cmp.Compare(a.Key, b.Key))
	})
	fmt.Println("by shelf:", pairs)
	fmt.Println("sum of ints:", Sum([]int{3, 4, 5}))
}
