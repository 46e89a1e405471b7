package main

import (
	"fmt"
	"sort"
	"strings"
)

type Entry struct {
	Date   string
	Memo   string
	Amount int64 // cents; positive is credit, negative is debit
}

type Ledger struct {
	Owner   string
	Entries []Entry
}

func (l *Ledger) Add(date, memo string, amount int64) {
	l.Entries = append(l.Entries, Entry{Date: date, Memo: memo, Amount: amount})
}

func (l *Ledger) Balance() int64 {
	var total int64
	for _, e := range l.Entries {
		total += e.Amount
	}
	return total
}

func (l *Ledger) Totals() (credits, debits int64) {
	for _, e := range l.Entries {
		if e.Amount >= 0 {
			credits += e.Amount
		} else {
			debits += -e.Amount
		}
	}
	return
}

func cents(c int64) string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func (e Entry) String() string {
	return fmt.Sprintf("%s  %-22s %10s", e.Date, e.Memo, cents(e.Amount))
}

func main() {
	l := &Ledger{Owner: "Maria"}
	l.Add("2024-03-05", "Grocery store", -8423)
	l.Add("2024-03-01", "Salary", 325000)
	l.Add("2024-03-02", "Rent", -120000)
	l.Add("2024-03-10", "Electric bill", -6415)
	l.Add("2024-03-08", "Refund: headphones", 4999)
	l.Add("2024-03-15", "Transfer to savings", -50000)
	l.Add("2024-03-12", "Coffee", -475)

	sort.SliceStable(l.Entries, func(i, j int) bool {
		return l.Entries[i].Date < l.Entries[j].Date
	})

	fmt.Printf("Ledger for %s\n", l.Owner)
	fmt.Println(strings.Repeat("=", 46))
	var running int64
	for i, e := range l.Entries {
		running += e.Amount
		fmt.Printf("%2d. %v | %s\n", i+1, e, cents(running))
	}
	fmt.Println(strings.Repeat("-", 46))

	credits, debits := l.Totals()
	fmt.Println("Credits:", cents(credits))
	fmt.Println("Debits: ", cents(debits))
	fmt.Println("Balance:", cents(l.Balance()))

	var biggest Entry
	for _, e := range l.Entries {
		if e.Amount < biggest.Amount {
			biggest = e
		}
	}
	fmt.Printf("Largest expense: %s (%s)\n", biggest.Memo, cents(-biggest.Amount))
}
