package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Ref    string
	Amount int64 // cents; deposits positive, withdrawals negative
}

type Result struct {
	Matched     []string
	OnlyInBooks []Item
	OnlyInBank  []Item
	Mismatched  []string
}

func reconcile(books, bank []Item) (r Result) {
	bankByRef := map[string]Item{}
	for _, b := range bank {
		bankByRef[b.Ref] = b
	}
	for _, bk := range books {
		b, ok := bankByRef[bk.Ref]
		switch {
		case !ok:
			r.OnlyInBooks = append(r.OnlyInBooks, bk)
		case b.Amount != bk.Amount:
			r.Mismatched = append(r.Mismatched,
				fmt.Sprintf("%s books %s bank %s", bk.Ref, amt(bk.Amount), amt(b.Amount)))
		default:
			r.Matched = append(r.Matched, bk.Ref)
		}
		delete(bankByRef, bk.Ref)
	}
	for _, b := range bankByRef {
		r.OnlyInBank = append(r.OnlyInBank, b)
	}
	sort.Slice(r.OnlyInBank, func(i, j int) bool { return r.OnlyInBank[i].Ref < r.OnlyInBank[j].Ref })
	sort.Strings(r.Matched)
	return
}

func amt(c int64) string {
	if c < 0 {
		return fmt.Sprintf("(%d.%02d)", -c/100, -c%100)
	}
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

func total(items []Item) (t int64) {
	for _, it := range items {
		t += it.Amount
	}
	return
}

func main() {
	books := []Item{
		{"DEP-001", 250000}, {"CHK-101", -42000}, {"CHK-102", -18550},
		{"DEP-002", 99900}, {"CHK-103", -7325}, {"CHK-104", -120000},
	}
	bank := []Item{
		{"DEP-001", 250000}, {"CHK-101", -42000}, {"CHK-102", -18505},
		{"FEE-MAR", -1500}, {"CHK-103", -7325}, {"INT-MAR", 412},
	}
	r := reconcile(books, bank)
	fmt.Println("matched:", r.Matched)
	for _, s := range r.Mismatched {
		fmt.Println("mismatch:", s)
	}
	for _, it := range r.OnlyInBooks {
		fmt.Println("outstanding in books:", it.Ref, amt(it.Amount))
	}
	for _, it := range r.OnlyInBank {
		fmt.Println("not yet recorded:", it.Ref, amt(it.Amount))
	}
	bookBal := int64(500000) + total(books)
	bankBal := int64(500000) + total(bank)
	fmt.Println("book balance:", amt(bookBal))
	fmt.Println("bank balance:", amt(bankBal))
	adjBank := bankBal + total(r.OnlyInBooks)
	adjBooks := bookBal + total(r.OnlyInBank)
	fmt.Println("adjusted bank: ", amt(adjBank))
	fmt.Println("adjusted books:", amt(adjBooks))
	fmt.Println("unexplained difference:", amt(adjBooks-adjBank))
}
