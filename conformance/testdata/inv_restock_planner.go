package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

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

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Units int

type Item struct {
	SKU      string
	OnHand   Units
	LeadDays int
	Sales    []Units // last 7 days
	CaseSize Units
}

type Plan struct {
	SKU     string
	Daily   float64
	Reorder Units
	Order   Units
}

func plan(it Item) Plan {
	daily := Mean(it.Sales)
	safety := Units(slices.Max(it.Sales))
	reorderPoint := Units(daily*float64(it.LeadDays)+0.5) + safety
	p := Plan{SKU: it.SKU, Daily: daily, Reorder: reorderPoint}
	if it.OnHand <= reorderPoint {
		need := reorderPoint*2 - it.OnHand
		cases := (need + it.CaseSize - 1) / it.CaseSize
		p.Order = cases * it.CaseSize
	}
	return p
}

func main() {
	items := []Item{
		{"MILK-1L", 40, 2, []Units{30, 28, 35, 31, 40, 45, 33}, 12},
		{"BREAD", 90, 1, []Units{20, 22, 19, 25, 30, 18, 21}, 10},
		{"EGGS-12", 15, 3, []Units{8, 9, 7, 10, 12, 9, 8}, 6},
		{"BUTTER", 60, 5, []Units{4, 5, 3, 6, 5, 4, 4}, 20},
		{"YOGURT", 10, 2, []Units{11, 14, 9, 13, 12, 15, 10}, 24},
	}
	plans := Map(items, plan)
	slices.SortStableFunc(plans, func(a, b Plan) int {
		return cmp.Or(cmp.Compare(b.Order, a.Order), strings.Compare(a.SKU, b.SKU))
	})
	fmt.Printf("%-8s %7s %7s %6s\n", "SKU", "daily", "reorder", "order")
	for _, p := range plans {
		fmt.Printf("%-8s %7.2f %7d %6d\n", p.SKU, p.Daily, p.Reorder, p.Order)
	}
	orders := Map(plans, func(p Plan) Units { return p.Order })
	fmt.Println("total units to order:", Sum(orders))
	fmt.Printf("mean weekly sales per sku: %6.2f\n", Mean(Map(items, func(it Item) Units { return Sum(it.Sales) })))

	var pairs []Pair[string, Units]
	for _, p := range plans {
		if p.Order > 0 {
			pairs = append(pairs, Pair[string, Units]{p.SKU, p.Order})
		}
	}
	fmt.Println("purchase order:", pairs)
	fmt.Printf("%T\n", pairs)
	prices := []float64{0.99, 2.49, 3.10, 4.75, 1.80}
	fmt.Printf("price sum %.2f mean %.3f\n", Sum(prices), Mean(prices))
}
