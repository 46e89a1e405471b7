package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU       string
	Name      string
	Warehouse string
	OnHand    int
	Reorder   int // reorder point
	LeadDays  int
	DailyUse  float64
}

func (it Item) NeedsRestock() bool { return it.OnHand <= it.Reorder }

func (it Item) DaysOfCover() float64 {
	if it.DailyUse == 0 {
		return 999
	}
	return float64(it.OnHand) / it.DailyUse
}

// SuggestedOrder covers lead time plus 30 days of usage, rounded up to case size 10.
func (it Item) SuggestedOrder() int {
	target := it.DailyUse * float64(it.LeadDays+30)
	need := int(target) - it.OnHand
	if need <= 0 {
		return 0
	}
	return (need + 9) / 10 * 10
}

func main() {
	stock := []Item{
		{"A-101", "Copy paper A4", "North", 40, 50, 5, 6.5},
		{"A-102", "Toner black", "North", 12, 8, 10, 0.4},
		{"B-201", "Stapler", "South", 3, 5, 7, 0.2},
		{"B-202", "Staples box", "South", 120, 40, 7, 3.0},
		{"C-301", "Whiteboard marker", "North", 18, 25, 4, 2.1},
		{"C-302", "Sticky notes", "East", 0, 30, 3, 4.0},
		{"C-303", "Ballpoint pen", "East", 210, 100, 3, 9.5},
		{"D-401", "Desk lamp", "South", 6, 2, 14, 0.05},
	}

	byWH := map[string][]Item{}
	for _, it := range stock {
		byWH[it.Warehouse] = append(byWH[it.Warehouse], it)
	}
	names := make([]string, 0, len(byWH))
	for k := range byWH {
		names = append(names, k)
	}
	sort.Strings(names)

	fmt.Println("STOCK BY WAREHOUSE")
	for _, wh := range names {
		items := byWH[wh]
		sort.Slice(items, func(i, j int) bool { return items[i].SKU < items[j].SKU })
		total := 0
		for _, it := range items {
			total += it.OnHand
		}
		fmt.Printf("%s (%d SKUs, %d units)\n", wh, len(items), total)
		for _, it := range items {
			flag := ""
			if it.NeedsRestock() {
				flag = " *LOW*"
			}
			fmt.Printf("  %-6s %-18s %4d%s\n", it.SKU, it.Name, it.OnHand, flag)
		}
	}

	var low []Item
	for _, it := range stock {
		if it.NeedsRestock() {
			low = append(low, it)
		}
	}
	sort.SliceStable(low, func(i, j int) bool {
		return low[i].DaysOfCover() < low[j].DaysOfCover()
	})

	fmt.Println()
	fmt.Println("RESTOCK PLAN (most urgent first)")
	fmt.Println(strings.Repeat("-", 44))
	units := 0
	for i, it := range low {
		q := it.SuggestedOrder()
		units += q
		fmt.Printf("%d. %-18s cover %5.1fd  order %4d\n", i+1, it.Name, it.DaysOfCover(), q)
	}
	fmt.Println(strings.Repeat("-", 44))
	fmt.Printf("%d purchase lines, %d units total\n", len(low), units)
}
