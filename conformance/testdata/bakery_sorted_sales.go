package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Sale struct {
	Day     string
	Product string
	Units   int
	Revenue float64
}

func main() {
	sales := []Sale{
		{"mon", "baguette", 120, 156.0},
		{"mon", "croissant", 80, 144.0},
		{"mon", "rye", 20, 90.0},
		{"tue", "baguette", 95, 123.5},
		{"tue", "croissant", 110, 198.0},
		{"tue", "eclair", 30, 105.0},
		{"wed", "baguette", 130, 169.0},
		{"wed", "rye", 25, 112.5},
		{"wed", "eclair", 45, 157.5},
	}

	byProduct := map[string]int{}
	revenue := map[string]float64{}
	for _, s := range sales {
		byProduct[s.Product] += s.Units
		revenue[s.Day] += s.Revenue
	}

	fmt.Println("units per product (alphabetical):")
	for _, name := range slices.Sorted(maps.Keys(byProduct)) {
		fmt.Printf("  %-10s %4d\n", name, byProduct[name])
	}

	type kv struct {
		Name  string
		Units int
	}
	var ranked []kv
	for k, v := range byProduct {
		ranked = append(ranked, kv{k, v})
	}
	slices.SortFunc(ranked, func(a, b kv) int {
		return cmp.Or(cmp.Compare(b.Units, a.Units), strings.Compare(a.Name, b.Name))
	})
	fmt.Println("best sellers:")
	for i, r := range ranked {
		fmt.Printf("  #%d %s (%d)\n", i+1, r.Name, r.Units)
	}

	days := slices.Collect(maps.Keys(revenue))
	slices.Sort(days)
	for _, d := range days {
		fmt.Printf("revenue %s: %7.2f\n", d, revenue[d])
	}

	// Sort the raw sales by revenue descending, stable on original order.
	sorted := slices.Clone(sales)
	slices.SortStableFunc(sorted, func(a, b Sale) int { return cmp.Compare(b.Revenue, a.Revenue) })
	fmt.Println("top 3 single sales:")
	for _, s := range sorted[:3] {
		fmt.Printf("  %s %-9s %6.2f\n", s.Day, s.Product, s.Revenue)
	}

	idx, found := slices.BinarySearch(days, "tue")
	fmt.Println("tue found at", idx, found)
	maxSale := slices.MaxFunc(sales, func(a, b Sale) int { return cmp.Compare(a.Units, b.Units) })
	fmt.Printf("largest batch: %+v\n", maxSale)
	fmt.Println("any eclairs on monday?", slices.ContainsFunc(sales, func(s Sale) bool {
		return s.Day == "mon" && s.Product == "eclair"
	}))
}
