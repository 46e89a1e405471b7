package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
)

type Expense struct {
	Month    int
	Category string
	Cents    int64
}

type Budget map[string]int64

func fmtC(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}

func groupByMonth(xs []Expense) map[int]map[string]int64 {
	out := map[int]map[string]int64{}
	for _, x := range xs {
		m, ok := out[x.Month]
		if !ok {
			m = map[string]int64{}
			out[x.Month] = m
		}
		m[x.Category] += x.Cents
	}
	return out
}

func main() {
	budget := Budget{"groceries": 60000, "rent": 150000, "transport": 12000, "fun": 20000}
	expenses := []Expense{
		{1, "rent", 150000}, {1, "groceries", 21050}, {1, "groceries", 33075},
		{1, "transport", 9000}, {1, "fun", 4599}, {1, "fun", 18000},
		{2, "rent", 150000}, {2, "groceries", 58800}, {2, "transport", 14550},
		{2, "gifts", 7500}, {3, "rent", 152500}, {3, "groceries", 49900},
		{3, "fun", 12500}, {3, "transport", 11000},
	}
	months := []string{"", "Jan", "Feb", "Mar"}
	byMonth := groupByMonth(expenses)

	cats := make([]string, 0)
	seen := map[string]bool{}
	for _, e := range expenses {
		if !seen[e.Category] {
			seen[e.Category] = true
			cats = append(cats, e.Category)
		}
	}
	sort.Strings(cats)

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "month\tcategory\tbudget\tspent\tleft\t")
	for m := 1; m <= 3; m++ {
		var monthSpent int64
		for _, c := range cats {
			spent := byMonth[m][c]
			if spent == 0 {
				continue
			}
			limit := budget[c] // unbudgeted categories get a zero limit
			flag := ""
			if spent > limit {
				flag = " OVER"
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s%s\t\n", months[m], c, fmtC(limit), fmtC(spent), fmtC(limit-spent), flag)
			monthSpent += spent
		}
		fmt.Fprintf(w, "%s\t%s\t\t%s\t\t\n", months[m], "TOTAL", fmtC(monthSpent))
	}
	w.Flush()

	totals := map[string]int64{}
	for _, e := range expenses {
		totals[e.Category] += e.Cents
	}
	sort.Slice(cats, func(i, j int) bool {
		if totals[cats[i]] != totals[cats[j]] {
			return totals[cats[i]] > totals[cats[j]]
		}
		return cats[i] < cats[j]
	})
	fmt.Println("quarter ranking:")
	for i, c := range cats {
		fmt.Printf("%d. %-10s %10s\n", i+1, c, fmtC(totals[c]))
	}
}
