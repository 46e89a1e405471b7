package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Category string

type Item struct {
	SKU      string
	Name     string
	Category Category
	Qty      int
	UnitCost int // cents
}

func (i Item) Value() int { return i.Qty * i.UnitCost }

type Summary struct {
	Category Category
	Items    int
	Units    int
	Value    int
	Top      string
}

func money(cents int) string {
	return fmt.Sprintf("$%d.%02d", cents/100, cents%100)
}

func SumBy[T any, N int | float64](xs []T, f func(T) N) N {
	var total N
	for _, x := range xs {
		total += f(x)
	}
	return total
}

func summarize(items []Item) []Summary {
	groups := map[Category][]Item{}
	for _, it := range items {
		groups[it.Category] = append(groups[it.Category], it)
	}
	var out []Summary
	for cat, group := range groups {
		top := slices.MaxFunc(group, func(a, b Item) int {
			return cmp.Or(cmp.Compare(a.Value(), b.Value()), strings.Compare(b.SKU, a.SKU))
		})
		out = append(out, Summary{
			Category: cat,
			Items:    len(group),
			Units:    SumBy(group, func(i Item) int { return i.Qty }),
			Value:    SumBy(group, Item.Value),
			Top:      top.Name,
		})
	}
	slices.SortFunc(out, func(a, b Summary) int {
		return cmp.Or(-cmp.Compare(a.Value, b.Value), cmp.Compare(a.Category, b.Category))
	})
	return out
}

func main() {
	items := []Item{
		{"H-001", "hammer", "tools", 14, 1299},
		{"H-002", "wrench set", "tools", 5, 4550},
		{"P-010", "copper pipe", "plumbing", 120, 325},
		{"P-011", "pvc elbow", "plumbing", 300, 45},
		{"E-100", "led bulb", "electrical", 80, 399},
		{"E-101", "extension cord", "electrical", 0, 1899},
		{"T-500", "tape measure", "tools", 22, 899},
		{"G-001", "gloves", "safety", 40, 650},
		{"G-002", "goggles", "safety", 0, 1200},
		{"E-102", "breaker", "electrical", 12, 2450},
	}

	fmt.Printf("%-11s %5s %6s %10s  %s\n", "category", "items", "units", "value", "top item")
	for _, s := range summarize(items) {
		fmt.Printf("%-11s %5d %6d %10s  %s\n", s.Category, s.Items, s.Units, money(s.Value), s.Top)
	}
	fmt.Println("grand total:", money(SumBy(items, Item.Value)))

	outOfStock := slices.DeleteFunc(slices.Clone(items), func(i Item) bool { return i.Qty > 0 })
	names := make([]string, len(outOfStock))
	for i, it := range outOfStock {
		names[i] = it.Name
	}
	slices.Sort(names)
	fmt.Println("out of stock:", strings.Join(names, ", "))

	reorder := slices.Clone(items)
	slices.SortStableFunc(reorder, func(a, b Item) int {
		return cmp.Or(cmp.Compare(a.Qty, b.Qty), -cmp.Compare(a.UnitCost, b.UnitCost))
	})
	fmt.Println("reorder priority:")
	for _, it := range reorder[:5] {
		fmt.Printf("  %s %-14s qty=%3d cost=%s\n", it.SKU, it.Name, it.Qty, money(it.UnitCost))
	}

	prefixes := map[string]int{}
	for _, it := range items {
		p, _, _ := strings.Cut(it.SKU, "-")
		prefixes[p]++
	}
	var parts []string
	for _, p := range slices.Sorted(maps.Keys(prefixes)) {
		parts = append(parts, fmt.Sprintf("%s:%d", p, prefixes[p]))
	}
	fmt.Println("sku prefixes:", strings.Join(parts, " "))

	avgCost := SumBy(items, func(i Item) float64 { return float64(i.UnitCost) }) / float64(len(items))
	fmt.Printf("average unit cost: %.2f cents\n", avgCost)
	idx := slices.IndexFunc(items, func(i Item) bool { return i.Category == "safety" })
	fmt.Printf("first safety item: %+v\n", items[idx])
}
