package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Txn struct {
	Ref    string
	Amount int64
}

type Mismatch struct {
	Ref        string
	Book, Bank int64
	MissingIn  string
}

func (m Mismatch) String() string {
	if m.MissingIn != "" {
		return fmt.Sprintf("%-6s missing in %s (amount %d)", m.Ref, m.MissingIn, m.Book+m.Bank)
	}
	return fmt.Sprintf("%-6s amount differs: book=%d bank=%d diff=%+d", m.Ref, m.Book, m.Bank, m.Bank-m.Book)
}

func index(txns []Txn) map[string]int64 {
	m := make(map[string]int64, len(txns))
	for _, t := range txns {
		m[t.Ref] += t.Amount
	}
	return m
}

func Reconcile(book, bank []Txn) (matched []string, issues []Mismatch) {
	bk, bn := index(book), index(bank)
	for ref, amt := range bk {
		other, ok := bn[ref]
		switch {
		case !ok:
			issues = append(issues, Mismatch{Ref: ref, Book: amt, MissingIn: "bank"})
		case other != amt:
			issues = append(issues, Mismatch{Ref: ref, Book: amt, Bank: other})
		default:
			matched = append(matched, ref)
		}
	}
	for ref, amt := range bn {
		if _, ok := bk[ref]; !ok {
			issues = append(issues, Mismatch{Ref: ref, Bank: amt, MissingIn: "book"})
		}
	}
	slices.Sort(matched)
	slices.SortFunc(issues, func(a, b Mismatch) int {
		return cmp.Compare(a.Ref, b.Ref)
	})
	return matched, issues
}

func sum(txns []Txn) int64 {
	var s int64
	for _, t := range txns {
		s += t.Amount
	}
	return s
}

func main() {
	book := []Txn{
		{"CHK101", -4500}, {"DEP001", 120000}, {"CHK102", -8999},
		{"CHK103", -2500}, {"DEP002", 50000}, {"FEE01", -300},
	}
	bank := []Txn{
		{"DEP001", 120000}, {"CHK101", -4500}, {"CHK102", -9899},
		{"DEP002", 50000}, {"INT01", 42}, {"FEE01", -300}, {"FEE02", -150},
	}

	matched, issues := Reconcile(book, bank)
	fmt.Printf("matched %d: %v\n", len(matched), matched)
	fmt.Printf("issues %d:\n", len(issues))
	for _, m := range issues {
		fmt.Println("  ", m)
	}

	bookBal, bankBal := sum(book), sum(bank)
	fmt.Printf("book balance: %8.2f\n", float64(bookBal)/100)
	fmt.Printf("bank balance: %8.2f\n", float64(bankBal)/100)

	// Explain the difference from the list of issues.
	var explained int64
	for _, m := range issues {
		explained += m.Bank - m.Book
	}
	fmt.Printf("difference:   %8.2f\n", float64(bankBal-bookBal)/100)
	fmt.Printf("explained:    %8.2f\n", float64(explained)/100)
	fmt.Println("reconciled:", explained == bankBal-bookBal)
}
