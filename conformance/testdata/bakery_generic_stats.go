package main

import (
	"cmp"
	"fmt"
	"strings"
)

// Number is any type we can add and divide.
type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Grams float64
type Loaves int

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

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
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

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T, ok bool) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best, ok = x, true
		}
	}
	return best, ok
}

// Stock is a generic keyed store with a typed quantity.
type Stock[K comparable, Q Number] struct {
	items map[K]Q
	order []K
}

func NewStock[K comparable, Q Number]() *Stock[K, Q] {
	return &Stock[K, Q]{items: map[K]Q{}}
}

func (s *Stock[K, Q]) Add(k K, q Q) {
	if _, ok := s.items[k]; !ok {
		s.order = append(s.order, k)
	}
	s.items[k] += q
}

func (s *Stock[K, Q]) Each(f func(K, Q)) {
	for _, k := range s.order {
		f(k, s.items[k])
	}
}

type Batch struct {
	Name   string
	Weight Grams
	Count  Loaves
}

func main() {
	weights := []Grams{498.5, 512, 505.25, 489.75}
	fmt.Printf("sum %v g, mean %.3f g (%T)\n", Sum(weights), Mean(weights), Sum(weights))

	counts := []Loaves{12, 18, 9}
	fmt.Printf("loaves %d, mean %.2f\n", Sum(counts), Mean(counts))
	fmt.Println("empty mean:", Mean([]int{}))

	batches := []Batch{{"rye", 4200, 6}, {"white", 9000, 18}, {"spelt", 3100, 4}}
	names := Map(batches, func(b Batch) string { return strings.ToUpper(b.Name) })
	fmt.Println("names:", names)

	perLoaf := Map(batches, func(b Batch) float64 { return float64(b.Weight) / float64(b.Count) })
	for i, p := range perLoaf {
		fmt.Printf("  %-5s %7.2f g/loaf\n", batches[i].Name, p)
	}

	csv := Reduce(batches, "", func(acc string, b Batch) string {
		if acc != "" {
			acc += ","
		}
		return acc + b.Name
	})
	fmt.Println("csv:", csv)

	heaviest, _ := MaxBy(batches, func(b Batch) Grams { return b.Weight / Grams(b.Count) })
	fmt.Printf("heaviest loaf: %+v\n", heaviest)

	flour := NewStock[string, Grams]()
	flour.Add("type 65", 25000)
	flour.Add("rye", 10000)
	flour.Add("type 65", -1250.5)
	flour.Each(func(k string, q Grams) { fmt.Printf("%-8s %9.1f g\n", k, q) })
}
