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

type Bag struct {
	Owner  string
	Weight Kilograms
	Pieces int
}

func Sum[T any, N Number](items []T, get func(T) N) N {
	var total N
	for _, it := range items {
		total += get(it)
	}
	return total
}

func Filter[T any](items []T, keep func(T) bool) []T {
	var out []T
	for _, it := range items {
		if keep(it) {
			out = append(out, it)
		}
	}
	return out
}

func Map[T, U any](items []T, f func(T) U) []U {
	out := make([]U, 0, len(items))
	for _, it := range items {
		out = append(out, f(it))
	}
	return out
}

func MaxBy[T any, K cmp.Ordered](items []T, key func(T) K) (T, bool) {
	var best T
	if len(items) == 0 {
		return best, false
	}
	best = items[0]
	for _, it := range items[1:] {
		if key(it) > key(best) {
			best = it
		}
	}
	return best, true
}

const limit Kilograms = 23

func main() {
	bags := []Bag{
		{"Kofi", 21.5, 1},
		{"Mei", 25.2, 2},
		{"Lars", 18.0, 1},
		{"Priya", 23.0, 1},
		{"Tomás", 31.7, 3},
	}

	total := Sum(bags, func(b Bag) Kilograms { return b.Weight })
	pieces := Sum(bags, func(b Bag) int { return b.Pieces })
	fmt.Printf("total weight: %.1f kg in %d pieces\n", total, pieces)

	over := Filter(bags, func(b Bag) bool { return b.Weight > limit })
	fmt.Printf("overweight (> %v kg): %d bags\n", limit, len(over))
	for _, b := range over {
		fee := float64(b.Weight-limit) * 12.5
		fmt.Printf("  %-6s %5.1f kg  fee %6.2f EUR\n", b.Owner, b.Weight, fee)
	}

	names := Map(bags, func(b Bag) string { return b.Owner })
	slices.Sort(names)
	fmt.Println("owners:", names)

	if heaviest, ok := MaxBy(bags, func(b Bag) Kilograms { return b.Weight }); ok {
		fmt.Printf("heaviest: %+v\n", heaviest)
	}
	if _, ok := MaxBy([]Bag{}, func(b Bag) int { return b.Pieces }); !ok {
		fmt.Println("no bags in empty list")
	}

	slices.SortFunc(bags, func(a, b Bag) int {
		return cmp.Compare(b.Weight, a.Weight)
	})
	for i, b := range bags {
		fmt.Printf("%d. %s %T(%v)\n", i+1, b.Owner, b.Weight, b.Weight)
	}
}
