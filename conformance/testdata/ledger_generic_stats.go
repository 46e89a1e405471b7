package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Cents int64

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func Median[T Number](xs []T) T {
	s := slices.Clone(xs)
	slices.Sort(s)
	mid := len(s) / 2
	if len(s)%2 == 0 {
		return (s[mid-1] + s[mid]) / 2
	}
	return s[mid]
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

// Pair is a small generic tuple type.
type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int { return cmp.Compare(a.First, b.First) })
	return out
}

type Payment struct {
	Merchant string
	Amount   Cents
}

func main() {
	payments := []Payment{
		{"grocer", 4520}, {"cafe", 380}, {"grocer", 6110}, {"rail", 1250},
		{"cafe", 420}, {"cafe", 395}, {"rail", 1250}, {"books", 2299},
	}
	amounts := make([]Cents, len(payments))
	for i, p := range payments {
		amounts[i] = p.Amount
	}
	fmt.Println("count:", len(amounts))
	fmt.Println("sum:", Sum(amounts))
	fmt.Printf("mean: %.3f\n", Mean(amounts))
	fmt.Println("median:", Median(amounts))
	fmt.Println("min/max:", slices.Min(amounts), slices.Max(amounts))
	fmt.Println("builtin min/max:", min(amounts[0], amounts[1], amounts[2]), max(amounts[3], amounts[4]))

	byMerchant := GroupBy(payments, func(p Payment) string { return p.Merchant })
	totals := map[string]Cents{}
	for m, ps := range byMerchant {
		for _, p := range ps {
			totals[m] += p.Amount
		}
	}
	for _, pr := range SortedPairs(totals) {
		fmt.Println(pr, "visits:", len(byMerchant[pr.First]))
	}

	rates := []float64{0.015, 0.0225, 0.019, 0.031}
	fmt.Printf("rates mean %.5f median %.4f\n", Mean(rates), Median(rates))

	sorted := slices.Clone(amounts)
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)
	i, found := slices.BinarySearch(sorted, 1250)
	fmt.Println("distinct:", sorted, "1250 at", i, found)
	j, found := slices.BinarySearch(sorted, 1000)
	fmt.Println("1000 would insert at", j, found)
	fmt.Printf("%T %v\n", Pair[string, Cents]{"x", 1}, Pair[int, bool]{7, true})
}
