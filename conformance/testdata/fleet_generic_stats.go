package main

import (
	"cmp"
	"fmt"
)

// Number is a constraint covering the numeric types used in fleet metrics.
type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Liters float64
type Km int

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

func MinMax[T cmp.Ordered](xs []T) (lo, hi T) {
	if len(xs) == 0 {
		return lo, hi
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return lo, hi
}

// Pair is a generic key/value type.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

// Counter counts occurrences of comparable items.
type Counter[K comparable] struct {
	m     map[K]int
	order []K
}

func NewCounter[K comparable]() *Counter[K] { return &Counter[K]{m: map[K]int{}} }

func (c *Counter[K]) Add(k K) {
	if _, seen := c.m[k]; !seen {
		c.order = append(c.order, k)
	}
	c.m[k]++
}

func (c *Counter[K]) Pairs() []Pair[K, int] {
	out := make([]Pair[K, int], 0, len(c.order))
	for _, k := range c.order {
		out = append(out, Pair[K, int]{k, c.m[k]})
	}
	return out
}

func main() {
	fuel := []Liters{62.5, 80, 45.25, 91.75, 70}
	dist := []Km{312, 450, 198, 520, 377}

	fmt.Printf("fuel sum: %.2f (%T)\n", Sum(fuel), Sum(fuel))
	fmt.Printf("dist sum: %d (%T)\n", Sum(dist), Sum(dist))
	fmt.Printf("avg fuel: %.3f, avg dist: %.1f\n", Average(fuel), Average(dist))

	lo, hi := MinMax(dist)
	fmt.Println("shortest/longest:", lo, hi)
	first, last := MinMax([]string{"route-7", "route-12", "route-3"})
	fmt.Println("alphabetical first/last:", first, last)

	fmt.Println("builtin min/max:", min(3, 1, 2), max(2.5, 7.25), min("van", "truck"))

	c := NewCounter[string]()
	for _, d := range []string{"Lyon", "Paris", "Lyon", "Nice", "Paris", "Lyon"} {
		c.Add(d)
	}
	for _, p := range c.Pairs() {
		fmt.Println(" ", p)
	}

	ids := NewCounter[int]()
	for _, id := range []int{7, 3, 7, 7, 3} {
		ids.Add(id)
	}
	fmt.Printf("%v\n", ids.Pairs())

	// clear empties a map or zeroes a slice in place.
	m := map[string]int{"T1": 1, "T2": 2}
	s := []int{4, 5, 6}
	clear(m)
	clear(s)
	fmt.Println("after clear:", len(m), s)

	var empty []Km
	a, b := MinMax(empty)
	fmt.Println("empty MinMax:", a, b, "avg:", Average(empty))
}
