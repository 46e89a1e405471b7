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

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Fold[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func SumBy[T any, N Number](xs []T, f func(T) N) N {
	return Fold(xs, N(0), func(acc N, x T) N { return acc + f(x) })
}

type Stats[N Number] struct {
	Count    int
	Sum      N
	Min, Max N
}

func (s Stats[N]) Mean() float64 { return float64(s.Sum) / float64(s.Count) }

func (s Stats[N]) String() string {
	return fmt.Sprintf("n=%d sum=%v min=%v max=%v mean=%.2f", s.Count, s.Sum, s.Min, s.Max, s.Mean())
}

func Summarize[N Number](xs []N) Stats[N] {
	s := Stats[N]{Count: len(xs), Min: slices.Min(xs), Max: slices.Max(xs)}
	for _, x := range xs {
		s.Sum += x
	}
	return s
}

func MapValues[K comparable, V, U any](m map[K]V, f func(V) U) map[K]U {
	out := make(map[K]U, len(m))
	for k, v := range m {
		out[k] = f(v)
	}
	return out
}

type Region string
type Cents int64

type Sale struct {
	Region  Region
	Product string
	Units   int
	Price   Cents
}

func main() {
	sales := []Sale{
		{"north", "kettle", 3, 2999}, {"south", "toaster", 1, 4550},
		{"north", "toaster", 2, 4550}, {"east", "kettle", 5, 2899},
		{"south", "kettle", 1, 2999}, {"north", "mug", 12, 650},
		{"east", "mug", 4, 650},
	}
	revenue := func(s Sale) Cents { return Cents(s.Units) * s.Price }

	byRegion := GroupBy(sales, func(s Sale) Region { return s.Region })
	totals := MapValues(byRegion, func(ss []Sale) Cents { return SumBy(ss, revenue) })
	regions := slices.SortedFunc(maps.Keys(totals), func(a, b Region) int {
		return cmp.Or(-cmp.Compare(totals[a], totals[b]), cmp.Compare(a, b))
	})
	for _, r := range regions {
		fmt.Printf("%-6s revenue=%d sales=%d\n", r, totals[r], len(byRegion[r]))
	}

	units := MapValues(GroupBy(sales, func(s Sale) string { return s.Product }), func(ss []Sale) []int {
		return Fold(ss, []int(nil), func(acc []int, s Sale) []int { return append(acc, s.Units) })
	})
	for _, p := range slices.Sorted(maps.Keys(units)) {
		fmt.Printf("%-8s %T %v\n", p, Summarize(units[p]), Summarize(units[p]))
	}

	prices := Fold(sales, []float64{}, func(acc []float64, s Sale) []float64 {
		return append(acc, float64(s.Price)/100)
	})
	fmt.Println("price stats:", Summarize(prices))
	fmt.Println("total units:", SumBy(sales, func(s Sale) int { return s.Units }))
	fmt.Printf("grand total: %v\n", SumBy(sales, revenue))
	lastProduct := Fold(sales, "", func(acc string, s Sale) string {
		return max(acc, s.Product)
	})
	fmt.Printf("last product: %q, totals type: %T\n", lastProduct, totals)
}
