package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Posting struct {
	Account string
	Debit   int64
	Credit  int64
}

type Row struct {
	Account string
	Group   string
	Debit   int64
	Credit  int64
}

func group(account string) string {
	prefix, _, _ := strings.Cut(account, ":")
	return prefix
}

func TrialBalance(ps []Posting) []Row {
	net := map[string]int64{}
	for _, p := range ps {
		net[p.Account] += p.Debit - p.Credit
	}
	rows := make([]Row, 0, len(net))
	for acct, n := range net {
		r := Row{Account: acct, Group: group(acct)}
		if n >= 0 {
			r.Debit = n
		} else {
			r.Credit = -n
		}
		rows = append(rows, r)
	}
	order := map[string]int{"Assets": 1, "Liabilities": 2, "Equity": 3, "Income": 4, "Expenses": 5}
	slices.SortFunc(rows, func(a, b Row) int {
		return cmp.Or(
			cmp.Compare(order[a.Group], order[b.Group]),
			cmp.Compare(a.Account, b.Account),
		)
	})
	return rows
}

func money(c int64) string {
	if c == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", float64(c)/100)
}

func main() {
	postings := []Posting{
		{"Assets:Bank", 2500000, 0}, {"Equity:Capital", 0, 2500000},
		{"Assets:Equipment", 480000, 0}, {"Assets:Bank", 0, 480000},
		{"Assets:Receivable", 375000, 0}, {"Income:Consulting", 0, 375000},
		{"Expenses:Rent", 120000, 0}, {"Assets:Bank", 0, 120000},
		{"Expenses:Software", 8999, 0}, {"Liabilities:Card", 0, 8999},
		{"Assets:Bank", 200000, 0}, {"Assets:Receivable", 0, 200000},
		{"Liabilities:Card", 8999, 0}, {"Assets:Bank", 0, 8999},
		{"Expenses:Rent", 120000, 0}, {"Liabilities:Accrued", 0, 120000},
	}
	rows := TrialBalance(postings)

	fmt.Printf("%-22s %12s %12s\n", "Account", "Debit", "Credit")
	fmt.Println(strings.Repeat("-", 48))
	var dr, cr int64
	lastGroup := ""
	for _, r := range rows {
		if r.Group != lastGroup {
			fmt.Printf("[%s]\n", r.Group)
			lastGroup = r.Group
		}
		fmt.Printf("  %-20s %12s %12s\n", strings.TrimPrefix(r.Account, r.Group+":"), money(r.Debit), money(r.Credit))
		dr += r.Debit
		cr += r.Credit
	}
	fmt.Println(strings.Repeat("-", 48))
	fmt.Printf("%-22s %12s %12s\n", "Totals", money(dr), money(cr))
	if dr == cr {
		fmt.Println("Trial balance is in balance.")
	} else {
		fmt.Printf("Out of balance by %s\n", money(dr-cr))
	}

	// Profit = income - expenses, found with slices helpers.
	idx := slices.IndexFunc(rows, func(r Row) bool { return r.Group == "Income" })
	income := rows[idx].Credit
	var expenses int64
	for _, r := range rows {
		if r.Group == "Expenses" {
			expenses += r.Debit
		}
	}
	fmt.Printf("Net income: %s\n", money(income-expenses))
	zeroed := slices.ContainsFunc(rows, func(r Row) bool { return r.Debit == 0 && r.Credit == 0 })
	fmt.Println("has zero-balance accounts:", zeroed)
}
