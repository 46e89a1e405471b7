package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

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

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	return Reduce(xs, T(0), func(a, b T) T { return a + b })
}

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	keys := slices.Sorted(maps.Keys(m))
	return Map(keys, func(k K) Pair[K, V] { return Pair[K, V]{k, m[k]} })
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Expense struct {
	Employee string
	Dept     string
	Kind     string
	Amount   Cents
}

func main() {
	expenses := []Expense{
		{"ivy", "sales", "travel", 45210},
		{"ivy", "sales", "meals", 3875},
		{"raj", "eng", "hardware", 129900},
		{"mo", "eng", "meals", 2150},
		{"lena", "finance", "software", 9900},
		{"raj", "eng", "travel", 31000},
		{"mo", "eng", "travel", 18775},
		{"ivy", "sales", "meals", 6420},
	}

	amounts := Map(expenses, func(e Expense) Cents { return e.Amount })
	fmt.Println("total:", Sum(amounts))

	big := Filter(expenses, func(e Expense) bool { return e.Amount >= 20000 })
	fmt.Println("needs approval:", strings.Join(Map(big, func(e Expense) string {
		return e.Employee + "/" + e.Kind
	}), ", "))

	byDept := GroupBy(expenses, func(e Expense) string { return e.Dept })
	fmt.Println("by department:")
	for _, p := range SortedPairs(byDept) {
		total := Reduce(p.Val, Cents(0), func(a Cents, e Expense) Cents { return a + e.Amount })
		fmt.Printf("  %-8s %2d items %12v\n", p.Key, len(p.Val), total)
	}

	byKind := GroupBy(expenses, func(e Expense) string { return e.Kind })
	kindTotals := make(map[string]Cents, len(byKind))
	for k, v := range byKind {
		kindTotals[k] = Sum(Map(v, func(e Expense) Cents { return e.Amount }))
	}
	ranked := SortedPairs(kindTotals)
	slices.SortStableFunc(ranked, func(a, b Pair[string, Cents]) int { return cmp.Compare(b.Val, a.Val) })
	fmt.Println("by kind (largest first):")
	for i, p := range ranked {
		fmt.Printf("  %d. %-9s %12v\n", i+1, p.Key, p.Val)
	}

	avgMeal := func() float64 {
		meals := Filter(expenses, func(e Expense) bool { return e.Kind == "meals" })
		return float64(Sum(Map(meals, func(e Expense) Cents { return e.Amount }))) / float64(len(meals)) / 100
	}()
	fmt.Printf("average meal: %.2f\n", avgMeal)

	counts := Reduce(expenses, map[string]int{}, func(m map[string]int, e Expense) map[string]int {
		m[e.Employee]++
		return m
	})
	fmt.Println("claims per employee:", counts)
}
