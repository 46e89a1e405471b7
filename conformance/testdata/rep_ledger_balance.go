package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type AccountType int

const (
	Asset AccountType = iota
	Liability
	Equity
	Revenue
	Expense
)

func (t AccountType) String() string {
	return [...]string{"Asset", "Liability", "Equity", "Revenue", "Expense"}[t]
}

// debitNormal reports whether the account's balance grows with debits.
func (t AccountType) debitNormal() bool { return t == Asset || t == Expense }

type Posting struct {
	Account string
	Debit   int64
	Credit  int64
}

type Entry struct {
	Ref      string
	Memo     string
	Postings []Posting
}

func (e Entry) Balanced() (bool, int64) {
	var d, c int64
	for _, p := range e.Postings {
		d += p.Debit
		c += p.Credit
	}
	return d == c, d - c
}

var chart = map[string]AccountType{
	"1000 Cash":         Asset,
	"1200 Receivables":  Asset,
	"2000 Payables":     Liability,
	"3000 Owner Equity": Equity,
	"4000 Sales":        Revenue,
	"5000 Rent":         Expense,
	"5100 Supplies":     Expense,
}

func money(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}

func main() {
	journal := []Entry{
		{"J1", "Owner investment", []Posting{{"1000 Cash", 1000000, 0}, {"3000 Owner Equity", 0, 1000000}}},
		{"J2", "June rent", []Posting{{"5000 Rent", 180000, 0}, {"1000 Cash", 0, 180000}}},
		{"J3", "Invoice #88", []Posting{{"1200 Receivables", 420000, 0}, {"4000 Sales", 0, 420000}}},
		{"J4", "Supplies on credit", []Posting{{"5100 Supplies", 35550, 0}, {"2000 Payables", 0, 35550}}},
		{"J5", "Customer payment", []Posting{{"1000 Cash", 250000, 0}, {"1200 Receivables", 0, 250000}}},
		{"J6", "Pay supplier (typo)", []Posting{{"2000 Payables", 35550, 0}, {"1000 Cash", 0, 35505}}},
	}

	balances := map[string]int64{}
	var problems []string
	for _, e := range journal {
		if ok, diff := e.Balanced(); !ok {
			problems = append(problems, fmt.Sprintf("%s %q out of balance by %s", e.Ref, e.Memo, money(diff)))
		}
		for _, p := range e.Postings {
			if _, known := chart[p.Account]; !known {
				problems = append(problems, fmt.Sprintf("%s: unknown account %s", e.Ref, p.Account))
			}
			balances[p.Account] += p.Debit - p.Credit
		}
	}

	names := make([]string, 0, len(chart))
	for n := range chart {
		names = append(names, n)
	}
	sort.Strings(names)

	fmt.Println("TRIAL BALANCE - June 2024")
	fmt.Printf("%-22s %-10s %12s %12s\n", "Account", "Type", "Debit", "Credit")
	fmt.Println(strings.Repeat("-", 59))
	var totD, totC int64
	for _, n := range names {
		b := balances[n]
		var d, c string
		if b >= 0 {
			d = money(b)
			totD += b
		} else {
			c = money(-b)
			totC += -b
		}
		marker := ""
		if (b > 0 && !chart[n].debitNormal()) || (b < 0 && chart[n].debitNormal()) {
			marker = " !"
		}
		fmt.Printf("%-22s %-10v %12s %12s%s\n", n, chart[n], d, c, marker)
	}
	fmt.Println(strings.Repeat("-", 59))
	fmt.Printf("%-33s %12s %12s\n", "Totals", money(totD), money(totC))

	income := -(balances["4000 Sales"]) - balances["5000 Rent"] - balances["5100 Supplies"]
	fmt.Printf("Net income: %s\n", money(income))

	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(os.Stderr, "ledger error:", p)
		}
		fmt.Fprintln(os.Stderr, "trial balance does not balance; refusing to close period")
		os.Exit(1)
	}
	fmt.Println("Period closed.")
}
