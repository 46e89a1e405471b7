package main

import (
	"fmt"
	"maps"
	"slices"
)

type Sale struct {
	Region  string
	Product string
	Units   int
	Price   float64
}

func (s Sale) Revenue() float64 { return float64(s.Units) * s.Price }

type Agg struct {
	Count   int
	Units   int
	Revenue float64
	MinRev  float64
	MaxRev  float64
}

func (a *Agg) Add(s Sale) {
	r := s.Revenue()
	if a.Count == 0 || r < a.MinRev {
		a.MinRev = r
	}
	if a.Count == 0 || r > a.MaxRev {
		a.MaxRev = r
	}
	a.Count++
	a.Units += s.Units
	a.Revenue += r
}

func (a Agg) Avg() float64 { return a.Revenue / float64(a.Count) }

// GroupBy groups items by a key function and aggregates with add.
func GroupBy[T any, K comparable, A any](items []T, key func(T) K, add func(*A, T)) map[K]*A {
	out := make(map[K]*A)
	for _, it := range items {
		k := key(it)
		if out[k] == nil {
			out[k] = new(A)
		}
		add(out[k], it)
	}
	return out
}

func printGroups(title string, groups map[string]*Agg) {
	fmt.Println(title)
	fmt.Printf("  %-10s %5s %6s %10s %9s %9s %9s\n", "key", "n", "units", "revenue", "avg", "min", "max")
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		a := groups[k]
		fmt.Printf("  %-10s %5d %6d %10.2f %9.2f %9.2f %9.2f\n", k, a.Count, a.Units, a.Revenue, a.Avg(), a.MinRev, a.MaxRev)
	}
}

func main() {
	sales := []Sale{
		{"north", "widget", 10, 2.50}, {"south", "gadget", 3, 12.00},
		{"north", "gadget", 5, 12.00}, {"east", "widget", 20, 2.40},
		{"west", "gizmo", 2, 30.00}, {"south", "widget", 8, 2.50},
		{"east", "gizmo", 1, 31.00}, {"north", "widget", 14, 2.45},
		{"west", "gadget", 6, 11.50}, {"south", "gizmo", 4, 29.00},
		{"east", "gadget", 7, 11.75}, {"west", "widget", 12, 2.55},
	}
	add := func(a *Agg, s Sale) { a.Add(s) }
	byRegion := GroupBy(sales, func(s Sale) string { return s.Region }, add)
	byProduct := GroupBy(sales, func(s Sale) string { return s.Product }, add)
	printGroups("By region:", byRegion)
	printGroups("By product:", byProduct)

	type pair struct{ Region, Product string }
	byBoth := GroupBy(sales, func(s Sale) pair { return pair{s.Region, s.Product} }, add)
	keys := slices.Collect(maps.Keys(byBoth))
	slices.SortFunc(keys, func(a, b pair) int {
		if a.Region != b.Region {
			if a.Region < b.Region {
				return -1
			}
			return 1
		}
		if a.Product < b.Product {
			return -1
		} else if a.Product > b.Product {
			return 1
		}
		return 0
	})
	fmt.Println("By region+product (units):")
	for _, k := range keys {
		fmt.Printf("  %+v -> %d\n", k, byBoth[k].Units)
	}
}
