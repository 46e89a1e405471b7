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

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
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

func GroupSum[T any, K cmp.Ordered, V Number](xs []T, key func(T) K, val func(T) V) []Pair[K, V] {
	m := map[K]V{}
	for _, x := range xs {
		m[key(x)] += val(x)
	}
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

type Sale struct {
	Event string
	Tier  string
	Price Cents
}

func main() {
	sales := []Sale{
		{"jazz night", "floor", 4500},
		{"jazz night", "balcony", 3000},
		{"rock fest", "floor", 8950},
		{"rock fest", "vip", 15000},
		{"jazz night", "floor", 4500},
		{"comedy", "floor", 2599},
	}

	prices := make([]Cents, len(sales))
	for i, s := range sales {
		prices[i] = s.Price
	}
	fmt.Println("total revenue:", Sum(prices))
	fmt.Println("int sum:", Sum([]int{1, 2, 3}), "float sum:", Sum([]float64{0.5, 0.25}))

	if top, ok := MaxBy(sales, func(s Sale) Cents { return s.Price }); ok {
		fmt.Printf("priciest: %s/%s %v\n", top.Event, top.Tier, top.Price)
	}
	if longest, ok := MaxBy(sales, func(s Sale) int { return len(s.Event) }); ok {
		fmt.Println("longest event name:", longest.Event)
	}
	_, ok := MaxBy([]Sale{}, func(s Sale) string { return s.Tier })
	fmt.Println("empty ok:", ok)

	for _, p := range GroupSum(sales, func(s Sale) string { return s.Event }, func(s Sale) Cents { return s.Price }) {
		fmt.Println("  by event:", p)
	}
	for _, p := range GroupSum(sales, func(s Sale) string { return s.Tier }, func(Sale) int { return 1 }) {
		fmt.Println("  count by tier:", p)
	}
	fmt.Printf("%T\n", Pair[string, Cents]{})
}
