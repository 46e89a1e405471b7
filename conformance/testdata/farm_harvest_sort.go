package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type Harvest struct {
	Field  string
	Crop   string
	Tonnes float64
	Week   int
}

func main() {
	harvests := []Harvest{
		{"North", "wheat", 12.4, 31},
		{"East", "corn", 20.1, 38},
		{"South", "wheat", 9.8, 32},
		{"West", "barley", 6.3, 30},
		{"North", "corn", 14.0, 39},
		{"River", "barley", 7.7, 30},
		{"East", "wheat", 11.2, 31},
	}

	// Total tonnes per crop, printed in sorted key order.
	totals := map[string]float64{}
	for _, h := range harvests {
		totals[h.Crop] += h.Tonnes
	}
	crops := make([]string, 0, len(totals))
	for c := range totals {
		crops = append(crops, c)
	}
	sort.Strings(crops)
	fmt.Println("Totals by crop:")
	for _, c := range crops {
		fmt.Printf("  %-7s %6.1f t\n", c, totals[c])
	}

	// Sort by week, then by tonnes descending.
	byWeek := slices.Clone(harvests)
	slices.SortFunc(byWeek, func(a, b Harvest) int {
		return cmp.Or(
			cmp.Compare(a.Week, b.Week),
			cmp.Compare(b.Tonnes, a.Tonnes),
		)
	})
	fmt.Println("By week, heaviest first:")
	for _, h := range byWeek {
		fmt.Printf("  wk %d  %-6s %-7s %5.1f\n", h.Week, h.Field, h.Crop, h.Tonnes)
	}

	// Stable sort by field name keeps week ordering inside a field.
	sort.SliceStable(byWeek, func(i, j int) bool {
		return byWeek[i].Field < byWeek[j].Field
	})
	fmt.Println("By field (stable):")
	for _, h := range byWeek {
		fmt.Printf("  %-6s wk %d %s\n", h.Field, h.Week, h.Crop)
	}

	best := slices.MaxFunc(harvests, func(a, b Harvest) int {
		return cmp.Compare(a.Tonnes, b.Tonnes)
	})
	fmt.Printf("Best harvest: %+v\n", best)

	idx, found := slices.BinarySearchFunc(byWeek, "River", func(h Harvest, name string) int {
		return cmp.Compare(h.Field, name)
	})
	fmt.Println("River field at index", idx, "found:", found)
}
