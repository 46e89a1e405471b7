package main

import (
	"bufio"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
)

const journal = `; sample plain-text journal
2024-04-01 Opening balances
    Assets:Bank:Checking        5000.00
    Assets:Bank:Savings        12000.00
    Equity:Opening

2024-04-03 Office Depot
    Expenses:Office:Supplies      84.37
    Liabilities:CreditCard

2024-04-05 Client ABC pays invoice
    Assets:Bank:Checking        2750.00
    Income:Consulting          -2750.00

2024-04-09 Broken entry
    Expenses:Travel              120.00
    Assets:Bank:Checking        -100.00

2024-04-12 Rent and utilities
    Expenses:Rent               1500.00
    Expenses:Office:Utilities    212.45
    Assets:Bank:Checking

2024-04-20 Bad amount
    Expenses:Meals              12,50
    Assets:Bank:Checking
`

type Posting struct {
	Account string
	Cents   int64
}

type Txn struct {
	Line     int
	Date     string
	Payee    string
	Postings []Posting
}

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parseAmount(s string) (int64, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, err
	}
	return int64(math.Round(f * 100)), nil
}

func finish(t *Txn, out *[]Txn, errs *[]error) {
	if t == nil {
		return
	}
	var sum int64
	blank := -1
	for i, p := range t.Postings {
		if p.Account != "" && p.Cents == 0 && blank < 0 {
			blank = i
		}
		sum += p.Cents
	}
	switch {
	case blank >= 0:
		t.Postings[blank].Cents = -sum
	case sum != 0:
		*errs = append(*errs, ParseError{t.Line, fmt.Sprintf("%q does not balance (off by %d cents)", t.Payee, sum)})
		return
	}
	*out = append(*out, *t)
}

func main() {
	var txns []Txn
	var errs []error
	var cur *Txn
	sc := bufio.NewScanner(strings.NewReader(journal))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, ";"):
			continue
		case !strings.HasPrefix(line, " "):
			finish(cur, &txns, &errs)
			date, payee, _ := strings.Cut(line, " ")
			cur = &Txn{Line: n, Date: date, Payee: payee}
		default:
			fields := strings.Fields(trimmed)
			p := Posting{Account: fields[0]}
			if len(fields) > 1 {
				c, err := parseAmount(fields[1])
				if err != nil {
					errs = append(errs, ParseError{n, fmt.Sprintf("bad amount %q: %v", fields[1], errors.Unwrap(err))})
					cur = nil
					continue
				}
				p.Cents = c
			}
			if cur != nil {
				cur.Postings = append(cur.Postings, p)
			}
		}
	}
	finish(cur, &txns, &errs)

	fmt.Printf("parsed %d transactions, %d errors\n", len(txns), len(errs))
	for _, e := range errs {
		fmt.Println("  error:", e)
	}

	tree := map[string]int64{}
	for _, t := range txns {
		for _, p := range t.Postings {
			parts := strings.Split(p.Account, ":")
			for i := range parts {
				tree[strings.Join(parts[:i+1], ":")] += p.Cents
			}
		}
	}
	fmt.Println("\nBalances:")
	for _, acct := range slices.Sorted(maps.Keys(tree)) {
		depth := strings.Count(acct, ":")
		name := acct[strings.LastIndex(acct, ":")+1:]
		fmt.Printf("%12.2f  %s%s\n", float64(tree[acct])/100, strings.Repeat("  ", depth), name)
	}
	var check int64
	for _, top := range []string{"Assets", "Liabilities", "Equity", "Income", "Expenses"} {
		check += tree[top]
	}
	fmt.Printf("sum of top-level accounts: %d\n", check)
}
