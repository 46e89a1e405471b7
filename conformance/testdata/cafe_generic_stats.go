package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Cents int

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
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

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

func TopN[T any, K cmp.Ordered](xs []T, n int, key func(T) K) []T {
	s := slices.Clone(xs)
	slices.SortStableFunc(s, func(a, b T) int { return cmp.Compare(key(b), key(a)) })
	return s[:min(n, len(s))]
}

type Sale struct {
	Drink  string
	Amount Cents
	Hour   int
}

func main() {
	sales := []Sale{
		{"latte", 450, 8}, {"espresso", 275, 8}, {"latte", 450, 9},
		{"mocha", 525, 9}, {"tea", 300, 10}, {"latte", 495, 10},
		{"mocha", 525, 11}, {"espresso", 275, 11}, {"cold brew", 400, 12},
	}

	amounts := Map(sales, func(s Sale) Cents { return s.Amount })
	fmt.Println("amounts:", amounts)
	fmt.Println("total:", Sum(amounts))
	fmt.Printf("average: %.2f cents\n", Average(amounts))
	fmt.Printf("average of floats: %.3f\n", Average([]float64{1.5, 2.25, 3}))
	fmt.Println("sum of ints:", Sum([]int{1, 2, 3, 4}))

	big := Filter(sales, func(s Sale) bool { return s.Amount >= 450 })
	fmt.Println("big sales:", len(big))

	groups := GroupBy(sales, func(s Sale) string { return s.Drink })
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		g := groups[k]
		fmt.Printf("%-10s n=%d revenue=%v\n", k, len(g), Sum(Map(g, func(s Sale) Cents { return s.Amount })))
	}

	for i, s := range TopN(sales, 3, func(s Sale) Cents { return s.Amount }) {
		fmt.Printf("top %d: %s at %02d:00 %v\n", i+1, s.Drink, s.Hour, s.Amount)
	}
	byHour := GroupBy(sales, func(s Sale) int { return s.Hour })
	fmt.Println("hours with sales:", len(byHour), "max hour:", slices.Max(Map(sales, func(s Sale) int { return s.Hour })))
	names := Map(TopN(keys, 2, func(s string) int { return len(s) }), func(s string) string { return "<" + s + ">" })
	fmt.Println("longest names:", names)
}
