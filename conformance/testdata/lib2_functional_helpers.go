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

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
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
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

type Order struct {
	ID       int
	Customer string
	Amount   int
	Shipped  bool
}

func main() {
	orders := []Order{
		{1, "acme", 250, true},
		{2, "globex", 75, false},
		{3, "acme", 120, false},
		{4, "initech", 990, true},
		{5, "globex", 310, true},
		{6, "acme", 45, true},
		{7, "umbrella", 600, false},
	}

	ids := Map(orders, func(o Order) int { return o.ID })
	fmt.Println("ids:", ids)

	big := Filter(orders, func(o Order) bool { return o.Amount >= 300 })
	fmt.Println("big customers:", Map(big, func(o Order) string { return o.Customer }))

	total := Reduce(orders, 0, func(acc int, o Order) int { return acc + o.Amount })
	fmt.Println("total amount:", total)

	longest := Reduce(orders, "", func(acc string, o Order) string {
		if len(o.Customer) > len(acc) {
			return o.Customer
		}
		return acc
	})
	fmt.Println("longest name:", longest)

	byCustomer := GroupBy(orders, func(o Order) string { return o.Customer })
	for _, c := range slices.Sorted(maps.Keys(byCustomer)) {
		group := byCustomer[c]
		sum := Reduce(group, 0, func(a int, o Order) int { return a + o.Amount })
		fmt.Printf("  %-9s orders=%d sum=%4d ids=%v\n", c, len(group), sum,
			Map(group, func(o Order) int { return o.ID }))
	}

	shipped, pending := Partition(orders, func(o Order) bool { return o.Shipped })
	fmt.Printf("shipped=%d pending=%d\n", len(shipped), len(pending))
	slices.SortFunc(pending, func(a, b Order) int { return cmp.Compare(b.Amount, a.Amount) })
	for _, o := range pending {
		fmt.Printf("  pending %+v\n", o)
	}

	buckets := GroupBy(orders, func(o Order) int { return o.Amount / 250 * 250 })
	for _, b := range slices.Sorted(maps.Keys(buckets)) {
		fmt.Printf("bucket %4d-%4d: %d\n", b, b+249, len(buckets[b]))
	}

	shout := Compose(strings.TrimSpace, Compose(strings.ToUpper, func(s string) string { return s + "!" }))
	fmt.Println(Map([]string{" hi ", "go  "}, shout))
	wordLens := Map(strings.Fields("generic helpers are handy"), Compose(strings.ToUpper, func(s string) int { return len(s) }))
	fmt.Println("lengths:", wordLens)

	evens, odds := Partition([]int{1, 2, 3, 4, 5, 6, 7}, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens, odds, Reduce(odds, 1, func(a, b int) int { return a * b }))
	var none []float64
	fmt.Printf("%v %d %v\n", Map(none, func(f float64) string { return "x" }), len(Filter(none, func(float64) bool { return true })), Reduce(none, 0.5, func(a, b float64) float64 { return a + b }))
}
