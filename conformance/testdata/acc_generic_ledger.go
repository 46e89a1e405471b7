package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

type Units int

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
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
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, Pair[K, V]{k, m[k]})
	}
	return out
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Sale struct {
	Region  string
	Product string
	Qty     Units
	Amount  Cents
}

func main() {
	sales := []Sale{
		{"West", "Laptop", 3, 389997}, {"East", "Laptop", 1, 129999},
		{"West", "Mouse", 12, 29988}, {"North", "Desk", 2, 79800},
		{"East", "Mouse", 5, 12495}, {"West", "Desk", 1, 39900},
		{"North", "Laptop", 2, 259998}, {"East", "Chair", 6, 89400},
	}
	fmt.Println("total revenue:", Sum(Map(sales, func(s Sale) Cents { return s.Amount })))
	fmt.Println("total units:  ", Sum(Map(sales, func(s Sale) Units { return s.Qty })))
	fmt.Printf("avg price:     %.3f\n", Sum(Map(sales, func(s Sale) float64 {
		return float64(s.Amount) / 100 / float64(s.Qty)
	}))/float64(len(sales)))

	byRegion := GroupBy(sales, func(s Sale) string { return s.Region })
	totals := map[string]Cents{}
	for region, rows := range byRegion {
		totals[region] = Sum(Map(rows, func(s Sale) Cents { return s.Amount }))
	}
	fmt.Println("by region:", SortedPairs(totals))

	units := map[string]Units{}
	for p, rows := range GroupBy(sales, func(s Sale) string { return s.Product }) {
		units[p] = Sum(Map(rows, func(s Sale) Units { return s.Qty }))
	}
	for _, p := range SortedPairs(units) {
		fmt.Printf("  %-7s %3d %s\n", p.Key, p.Val, strings.Repeat("*", int(p.Val)))
	}

	big := Filter(sales, func(s Sale) bool { return s.Amount >= 100000 })
	slices.SortFunc(big, func(a, b Sale) int { return cmp.Compare(b.Amount, a.Amount) })
	fmt.Println("large sales:")
	for _, s := range big {
		fmt.Printf("  %+v\n", s)
	}
	best := slices.MaxFunc(sales, func(a, b Sale) int { return cmp.Compare(a.Amount/Cents(a.Qty), b.Amount/Cents(b.Qty)) })
	fmt.Printf("highest unit price: %s %s each\n", best.Product, best.Amount/Cents(best.Qty))

	var undo Stack[Pair[string, Cents]]
	undo.Push(Pair[string, Cents]{"adjust West", -5000})
	undo.Push(Pair[string, Cents]{"adjust East", 2500})
	for {
		p, ok := undo.Pop()
		if !ok {
			break
		}
		totals[strings.TrimPrefix(p.Key, "adjust ")] += p.Val
		fmt.Printf("undo %-12s -> %v (%T)\n", p.Key, p.Val, p)
	}
	fmt.Println("after adjustments:", SortedPairs(totals))
}
