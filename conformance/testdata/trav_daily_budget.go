package main

import (
	"fmt"
	"slices"
	"strings"
)

type Expense struct {
	Day      int
	Category string
	Amount   float64
}

type DayTotal struct {
	Day   int
	Spent float64
}

func bar(v, scale float64) string {
	n := int(v / scale)
	return strings.Repeat("#", max(n, 1))
}

func main() {
	const days = 6
	const dailyBudget = 120.0
	expenses := []Expense{
		{0, "hostel", 38}, {0, "food", 27.5}, {0, "metro", 4.2},
		{1, "museum", 22}, {1, "food", 41.3},
		{2, "train", 89}, {2, "food", 19.9}, {2, "hostel", 44},
		{3, "hostel", 44}, {3, "kayak tour", 75}, {3, "food", 33.1},
		{4, "food", 12.4},
		{5, "souvenirs", 58}, {5, "taxi", 31}, {5, "food", 47.6},
	}

	totals := make([]float64, days)
	byCat := map[string]float64{}
	for _, e := range expenses {
		totals[e.Day] += e.Amount
		byCat[e.Category] += e.Amount
	}

	lo, hi := totals[0], totals[0]
	var sum float64
	for d := range days {
		lo = min(lo, totals[d])
		hi = max(hi, totals[d])
		sum += totals[d]
		flag := ""
		if totals[d] > dailyBudget {
			flag = " (over budget)"
		}
		fmt.Printf("day %d %7.2f %s%s\n", d+1, totals[d], bar(totals[d], 10), flag)
	}
	fmt.Printf("min %.2f  max %.2f  avg %.2f\n", lo, hi, sum/days)
	fmt.Printf("remaining of %.0f: %.2f\n", dailyBudget*days, dailyBudget*days-sum)

	var ranked []DayTotal
	for d, t := range totals {
		ranked = append(ranked, DayTotal{d + 1, t})
	}
	slices.SortFunc(ranked, func(a, b DayTotal) int {
		switch {
		case a.Spent > b.Spent:
			return -1
		case a.Spent < b.Spent:
			return 1
		}
		return 0
	})
	fmt.Println("priciest days:", ranked[:3])

	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	slices.Sort(cats)
	for _, c := range cats {
		fmt.Printf("  %-11s %7.2f\n", c, byCat[c])
	}

	clear(byCat)
	fmt.Println("categories after clear:", len(byCat))
	clear(totals)
	fmt.Println("totals after clear:", totals, "len", len(totals))
	fmt.Println("smallest of literals:", min(3, 1.5, 2), max("alpha", "beta"))
}
