package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Passengers int
type Tonnes float64

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

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Coach struct {
	ID      string
	Seats   Passengers
	Boarded Passengers
	Weight  Tonnes
	IsFirst bool
}

func main() {
	coaches := []Coach{
		{"A", 48, 12, 41.5, true},
		{"B", 76, 70, 38.2, false},
		{"C", 76, 81, 38.9, false},
		{"D", 76, 54, 38.4, false},
		{"E", 64, 30, 43.0, false},
	}

	boarded := Map(coaches, func(c Coach) Passengers { return c.Boarded })
	seats := Map(coaches, func(c Coach) Passengers { return c.Seats })
	weights := Map(coaches, func(c Coach) Tonnes { return c.Weight })

	fmt.Printf("boarded %v total=%d (%T)\n", boarded, Sum(boarded), Sum(boarded))
	fmt.Printf("seats   %v total=%d\n", seats, Sum(seats))
	fmt.Printf("train weight %.1f t (%T)\n", Sum(weights), Sum(weights))

	load := Map(coaches, func(c Coach) Pair[string, float64] {
		return Pair[string, float64]{c.ID, float64(c.Boarded) / float64(c.Seats) * 100}
	})
	busiest, _ := MaxBy(load, func(p Pair[string, float64]) float64 { return p.Val })
	fmt.Printf("busiest coach %s at %.1f%%\n", busiest.Key, busiest.Val)

	slices.SortFunc(load, func(a, b Pair[string, float64]) int { return cmp.Compare(b.Val, a.Val) })
	for _, p := range load {
		status := "ok"
		if p.Val > 100 {
			status = "STANDING"
		}
		fmt.Printf("  %-12v %s\n", Pair[string, string]{p.Key, fmt.Sprintf("%.0f%%", p.Val)}, status)
	}

	_, ok := MaxBy([]Coach{}, func(c Coach) string { return c.ID })
	fmt.Println("max of empty train found:", ok)
	fmt.Println("sum of ints:", Sum([]int{1, 2, 3}), "sum of floats:", Sum([]float64{0.5, 0.25}))
}
