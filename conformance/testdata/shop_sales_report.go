package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"text/tabwriter"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

type Sale struct {
	Month    string
	Category string
	Product  string
	Units    int
	Revenue  Cents
}

type CategoryStats struct {
	Category string
	Units    int
	Revenue  Cents
	Products map[string]bool
}

func main() {
	sales := []Sale{
		{"2024-01", "Garden", "Hose 20m", 14, 41860},
		{"2024-01", "Garden", "Pruning Shears", 9, 17910},
		{"2024-01", "Kitchen", "Cast Iron Pan", 6, 29400},
		{"2024-01", "Office", "Desk Lamp", 11, 27390},
		{"2024-02", "Garden", "Hose 20m", 5, 14950},
		{"2024-02", "Kitchen", "Cast Iron Pan", 10, 49000},
		{"2024-02", "Kitchen", "Chef Knife", 4, 23600},
		{"2024-02", "Office", "Ergo Mouse", 17, 50830},
		{"2024-03", "Garden", "Seed Kit", 30, 26700},
		{"2024-03", "Office", "Desk Lamp", 3, 7470},
		{"2024-03", "Kitchen", "Chef Knife", 8, 47200},
	}

	stats := map[string]*CategoryStats{}
	monthly := map[string]Cents{}
	var grand Cents
	for _, s := range sales {
		cs, ok := stats[s.Category]
		if !ok {
			cs = &CategoryStats{Category: s.Category, Products: map[string]bool{}}
			stats[s.Category] = cs
		}
		cs.Units += s.Units
		cs.Revenue += s.Revenue
		cs.Products[s.Product] = true
		monthly[s.Month] += s.Revenue
		grand += s.Revenue
	}

	rows := make([]*CategoryStats, 0, len(stats))
	for _, cs := range stats {
		rows = append(rows, cs)
	}
	slices.SortFunc(rows, func(a, b *CategoryStats) int {
		return cmp.Or(cmp.Compare(b.Revenue, a.Revenue), cmp.Compare(a.Category, b.Category))
	})

	fmt.Println("REVENUE BY CATEGORY")
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "Category\tProducts\tUnits\tRevenue\tShare\tAvg/unit")
	fmt.Fprintln(w, "--------\t--------\t-----\t-------\t-----\t--------")
	for _, cs := range rows {
		share := float64(cs.Revenue) * 100 / float64(grand)
		avg := cs.Revenue / Cents(cs.Units)
		fmt.Fprintf(w, "%s\t%d\t%d\t%s\t%.1f%%\t%s\n", cs.Category, len(cs.Products), cs.Units, cs.Revenue, share, avg)
	}
	fmt.Fprintf(w, "TOTAL\t\t\t%s\t100.0%%\n", grand)
	w.Flush()

	fmt.Println()
	fmt.Println("REVENUE BY MONTH")
	months := make([]string, 0, len(monthly))
	for m := range monthly {
		months = append(months, m)
	}
	slices.Sort(months)
	w = tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "Month\tRevenue\tChange\t")
	var prev Cents
	for i, m := range months {
		change := "n/a"
		if i > 0 {
			change = fmt.Sprintf("%+.1f%%", float64(monthly[m]-prev)*100/float64(prev))
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t\n", m, monthly[m], change)
		prev = monthly[m]
	}
	w.Flush()

	best := slices.MaxFunc(sales, func(a, b Sale) int { return cmp.Compare(a.Revenue, b.Revenue) })
	fmt.Printf("\nbest single line: %s %s (%s)\n", best.Month, best.Product, best.Revenue)
}
