package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Category string

const (
	Travel  Category = "Travel"
	Lodging Category = "Lodging"
	Meals   Category = "Meals"
	Other   Category = "Other"
)

type Receipt struct {
	Date     time.Time
	Category Category
	Merchant string
	Amount   float64
	Currency string
}

var fxToUSD = map[string]float64{"USD": 1, "EUR": 1.08, "GBP": 1.27, "JPY": 0.0067}

var dailyMealCap = 75.0

func (r Receipt) USD() float64 { return r.Amount * fxToUSD[r.Currency] }

func box(title string, width int) string {
	var b strings.Builder
	b.WriteString("+" + strings.Repeat("=", width-2) + "+\n")
	pad := width - 2 - len(title)
	left := pad / 2
	b.WriteString("|" + strings.Repeat(" ", left) + title + strings.Repeat(" ", pad-left) + "|\n")
	b.WriteString("+" + strings.Repeat("=", width-2) + "+\n")
	return b.String()
}

func main() {
	day := func(d int) time.Time { return time.Date(2024, time.May, d, 0, 0, 0, 0, time.UTC) }
	receipts := []Receipt{
		{day(6), Travel, "Lufthansa", 612.40, "EUR"},
		{day(6), Meals, "Airport Cafe", 18.50, "EUR"},
		{day(6), Lodging, "Hotel Adlon", 289.00, "EUR"},
		{day(7), Meals, "Brauhaus", 64.20, "EUR"},
		{day(7), Meals, "Currywurst stand", 9.80, "EUR"},
		{day(7), Lodging, "Hotel Adlon", 289.00, "EUR"},
		{day(8), Travel, "Eurostar", 145.00, "GBP"},
		{day(8), Meals, "Dishoom", 58.75, "GBP"},
		{day(8), Other, "Conference fee", 42000, "JPY"},
		{day(9), Travel, "Taxi", 38.00, "USD"},
	}

	var out strings.Builder
	out.WriteString(box("EXPENSE REPORT - J. DOE - MAY 2024", 52))

	byDay := map[time.Time][]Receipt{}
	for _, r := range receipts {
		byDay[r.Date] = append(byDay[r.Date], r)
	}
	days := make([]time.Time, 0, len(byDay))
	for d := range byDay {
		days = append(days, d)
	}
	sort.Slice(days, func(i, j int) bool { return days[i].Before(days[j]) })

	catTotals := map[Category]float64{}
	var grand, disallowed float64
	for _, d := range days {
		fmt.Fprintf(&out, "%s\n", d.Format("Monday, 2 Jan"))
		meals := 0.0
		for _, r := range byDay[d] {
			usd := r.USD()
			fmt.Fprintf(&out, "  %-8s %-18s %9.2f %s = %8.2f\n", r.Category, r.Merchant, r.Amount, r.Currency, usd)
			catTotals[r.Category] += usd
			grand += usd
			if r.Category == Meals {
				meals += usd
			}
		}
		if meals > dailyMealCap {
			over := meals - dailyMealCap
			disallowed += over
			fmt.Fprintf(&out, "  ! meals %.2f exceed daily cap by %.2f\n", meals, over)
		}
	}

	out.WriteString(strings.Repeat("-", 52) + "\n")
	cats := []Category{Travel, Lodging, Meals, Other}
	for _, c := range cats {
		share := catTotals[c] / grand * 100
		bar := strings.Repeat("*", int(share/5))
		fmt.Fprintf(&out, "%-8s %9.2f %5.1f%% %s\n", c, catTotals[c], share, bar)
	}
	out.WriteString(strings.Repeat("-", 52) + "\n")
	fmt.Fprintf(&out, "%-20s %12.2f USD\n", "Claimed", grand)
	fmt.Fprintf(&out, "%-20s %12.2f USD\n", "Over meal cap", -disallowed)
	fmt.Fprintf(&out, "%-20s %12.2f USD\n", "Reimbursable", grand-disallowed)

	fmt.Print(out.String())
	fmt.Printf("(report is %d bytes, %d lines)\n", out.Len(), strings.Count(out.String(), "\n"))
}
