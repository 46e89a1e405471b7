package main

import (
	"fmt"
	"sort"
	"strings"
)

type Kind int

const (
	Revenue Kind = iota
	Expense
)

type Line struct {
	Dept    string
	Account string
	Kind    Kind
	Budget  [4]int64 // quarterly, whole dollars
	Actual  [4]int64
}

func (l Line) Totals() (b, a int64) {
	for q := range 4 {
		b += l.Budget[q]
		a += l.Actual[q]
	}
	return
}

// Variance is positive when favorable.
func (l Line) Variance(b, a int64) int64 {
	if l.Kind == Revenue {
		return a - b
	}
	return b - a
}

func pctOf(v, base int64) float64 {
	if base == 0 {
		return 0
	}
	return float64(v) / float64(base) * 100
}

func status(p float64) string {
	switch {
	case p >= 5:
		return "FAVORABLE"
	case p <= -10:
		return "ALERT"
	case p < 0:
		return "watch"
	}
	return "ok"
}

func main() {
	lines := []Line{
		{"Sales", "Product revenue", Revenue, [4]int64{250000, 260000, 270000, 300000}, [4]int64{241000, 275500, 268900, 331200}},
		{"Sales", "Service revenue", Revenue, [4]int64{80000, 80000, 85000, 85000}, [4]int64{72300, 69900, 81000, 79850}},
		{"Sales", "Travel", Expense, [4]int64{12000, 12000, 15000, 10000}, [4]int64{13450, 9800, 19990, 11020}},
		{"Engineering", "Salaries", Expense, [4]int64{410000, 410000, 425000, 425000}, [4]int64{405120, 412300, 418800, 431000}},
		{"Engineering", "Cloud hosting", Expense, [4]int64{38000, 39000, 40000, 41000}, [4]int64{36125, 44210, 47980, 52300}},
		{"Admin", "Rent", Expense, [4]int64{60000, 60000, 60000, 60000}, [4]int64{60000, 60000, 60000, 60000}},
		{"Admin", "Office supplies", Expense, [4]int64{3000, 3000, 3000, 3000}, [4]int64{2200, 3400, 2950, 1875}},
	}
	width := 0
	for _, l := range lines {
		width = max(width, len(l.Dept)+len(l.Account)+3)
	}
	header := fmt.Sprintf("%-*s %10s %10s %10s %8s  %s", width, "Line", "Budget", "Actual", "Variance", "Var%", "Status")
	fmt.Println(header)
	fmt.Println(strings.Repeat("=", len(header)))

	deptVar := map[string]int64{}
	var net int64
	for _, l := range lines {
		b, a := l.Totals()
		v := l.Variance(b, a)
		p := pctOf(v, b)
		name := l.Dept + " / " + l.Account
		fmt.Printf("%-*s %10d %10d %+10d %+7.1f%%  %s\n", width, name, b, a, v, p, status(p))
		deptVar[l.Dept] += v
		net += v
	}
	fmt.Println(strings.Repeat("-", len(header)))
	fmt.Printf("%-*s %+32d\n\n", width, "Net variance", net)

	fmt.Println("Quarterly detail (actual vs budget, %):")
	fmt.Printf("%-*s", width, "")
	for q := 1; q <= 4; q++ {
		fmt.Printf("%9s", fmt.Sprintf("Q%d", q))
	}
	fmt.Println()
	for _, l := range lines {
		fmt.Printf("%-*s", width, l.Dept+" / "+l.Account)
		for q := range 4 {
			fmt.Printf("%9.1f", pctOf(l.Actual[q], l.Budget[q]))
		}
		fmt.Println()
	}

	depts := make([]string, 0, len(deptVar))
	for d := range deptVar {
		depts = append(depts, d)
	}
	sort.Slice(depts, func(i, j int) bool {
		if deptVar[depts[i]] != deptVar[depts[j]] {
			return deptVar[depts[i]] < deptVar[depts[j]]
		}
		return depts[i] < depts[j]
	})
	fmt.Println("\nDepartments, worst first:")
	for i, d := range depts {
		fmt.Printf("%d. %-12s %+9d\n", i+1, d, deptVar[d])
	}
}
