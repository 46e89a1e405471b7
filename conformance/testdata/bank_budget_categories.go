package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Expense struct {
	Category string
	Item     string
	Cents    int
}

var budget = map[string]int{
	"food":      40000,
	"transport": 12000,
	"fun":       8000,
	"utilities": 15000,
	"books":     3000,
}

func money(c int) string {
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

func main() {
	expenses := []Expense{
		{"food", "supermarket", 12350},
		{"transport", "bus pass", 6500},
		{"food", "bakery", 1840},
		{"fun", "cinema", 2400},
		{"utilities", "water", 3120},
		{"food", "farmers market", 4275},
		{"fun", "concert", 6500},
		{"utilities", "internet", 4999},
		{"transport", "taxi", 2310},
		{"food", "restaurant", 5860},
		{"gifts", "birthday present", 3500},
	}

	spent := make(map[string]int)
	items := make(map[string][]string)
	for _, e := range expenses {
		spent[e.Category] += e.Cents
		items[e.Category] = append(items[e.Category], e.Item)
	}

	// Combine budgeted and actually used categories.
	all := slices.Collect(maps.Keys(budget))
	for c := range spent {
		if _, ok := budget[c]; !ok {
			all = append(all, c)
		}
	}
	slices.Sort(all)

	fmt.Printf("%-10s %10s %10s %10s  %s\n", "Category", "Budget", "Spent", "Left", "Status")
	fmt.Println(strings.Repeat("-", 56))
	totalBudget, totalSpent := 0, 0
	for _, c := range all {
		b, hasBudget := budget[c]
		s := spent[c]
		totalBudget += b
		totalSpent += s
		status := "ok"
		switch {
		case !hasBudget:
			status = "UNPLANNED"
		case s > b:
			status = "OVER"
		case s*100 >= b*80:
			status = "close"
		case s == 0:
			status = "unused"
		}
		left := b - s
		leftStr := money(max(left, 0))
		if left < 0 {
			leftStr = "-" + money(-left)
		}
		fmt.Printf("%-10s %10s %10s %10s  %s\n", c, money(b), money(s), leftStr, status)
	}
	fmt.Println(strings.Repeat("-", 56))
	fmt.Printf("%-10s %10s %10s\n", "TOTAL", money(totalBudget), money(totalSpent))

	fmt.Println()
	for _, c := range all {
		list := items[c]
		if len(list) == 0 {
			continue
		}
		slices.Sort(list)
		fmt.Printf("%s (%d): %s\n", c, len(list), strings.Join(list, ", "))
	}
	pct := float64(totalSpent) / float64(totalBudget) * 100
	fmt.Printf("\nUsed %.1f%% of the monthly budget\n", pct)
}
