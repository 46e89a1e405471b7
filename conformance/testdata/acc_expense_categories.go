package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Expense struct {
	Employee string
	Category string
	Cents    int64
	Receipt  bool
}

type Policy struct {
	PerItemLimit    int64
	ReceiptRequired int64 // receipts needed at or above this amount
}

var policies = map[string]Policy{
	"meals":   {7500, 2500},
	"travel":  {150000, 0},
	"lodging": {30000, 0},
	"office":  {20000, 5000},
}

type Violation struct {
	Exp    Expense
	Reason string
}

func (v Violation) String() string {
	return fmt.Sprintf("%-6s %-13s %8.2f  %s", v.Exp.Employee, v.Exp.Category, float64(v.Exp.Cents)/100, v.Reason)
}

func check(e Expense) []Violation {
	p, ok := policies[e.Category]
	if !ok {
		return []Violation{{e, "unknown category"}}
	}
	var out []Violation
	if e.Cents > p.PerItemLimit {
		out = append(out, Violation{e, fmt.Sprintf("over limit by %.2f", float64(e.Cents-p.PerItemLimit)/100)})
	}
	if !e.Receipt && e.Cents >= p.ReceiptRequired {
		out = append(out, Violation{e, "missing receipt"})
	}
	return out
}

func main() {
	raw := `maria,meals,4250,y
maria,travel,48900,y
maria,lodging,31999,y
tom,meals,8900,n
tom,office,1999,n
tom,office,6400,n
li,travel,129900,y
li,meals,2300,n
li,entertainment,15000,y
li,lodging,24500,y
maria,meals,1850,n
tom,travel,21000,y`

	var expenses []Expense
	for line := range strings.Lines(raw) {
		f := strings.Split(strings.TrimSpace(line), ",")
		var c int64
		fmt.Sscan(f[2], &c)
		expenses = append(expenses, Expense{f[0], f[1], c, f[3] == "y"})
	}

	matrix := map[string]map[string]int64{}
	catTotals := map[string]int64{}
	var violations []Violation
	for _, e := range expenses {
		if matrix[e.Employee] == nil {
			matrix[e.Employee] = map[string]int64{}
		}
		matrix[e.Employee][e.Category] += e.Cents
		catTotals[e.Category] += e.Cents
		violations = append(violations, check(e)...)
	}

	cats := slices.Sorted(maps.Keys(catTotals))
	people := slices.Sorted(maps.Keys(matrix))
	var b strings.Builder
	fmt.Fprintf(&b, "%-8s", "")
	for _, c := range cats {
		fmt.Fprintf(&b, "%14s", c)
	}
	fmt.Fprintf(&b, "%12s\n", "total")
	for _, p := range people {
		fmt.Fprintf(&b, "%-8s", p)
		var t int64
		for _, c := range cats {
			v := matrix[p][c]
			t += v
			fmt.Fprintf(&b, "%14.2f", float64(v)/100)
		}
		fmt.Fprintf(&b, "%12.2f\n", float64(t)/100)
	}
	fmt.Print(b.String())

	fmt.Println("\nShare of spend by category:")
	var grand int64
	for _, v := range catTotals {
		grand += v
	}
	byAmount := slices.Clone(cats)
	slices.SortStableFunc(byAmount, func(a, b string) int { return int(catTotals[b] - catTotals[a]) })
	for _, c := range byAmount {
		share := float64(catTotals[c]) / float64(grand)
		fmt.Printf("  %-13s %5.1f%% %s\n", c, share*100, strings.Repeat("█", int(share*40+0.5)))
	}

	fmt.Printf("\n%d policy violations:\n", len(violations))
	for _, v := range violations {
		fmt.Println(" ", v)
	}
	flagged := map[string]bool{}
	for _, v := range violations {
		flagged[v.Exp.Employee] = true
	}
	fmt.Println("employees needing review:", slices.Sorted(maps.Keys(flagged)))
}
