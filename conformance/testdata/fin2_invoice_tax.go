package main

import (
	"fmt"
	"sort"
	"strings"
)

type Category int

const (
	Food Category = iota
	Clothing
	Electronics
	Books
)

func (c Category) String() string {
	return [...]string{"food", "clothing", "electronics", "books"}[c]
}

// tax rates in basis points
var taxRate = map[Category]int64{
	Food:        500,
	Clothing:    800,
	Electronics: 1250,
}

type LineItem struct {
	SKU      string
	Category Category
	Qty      int64
	Unit     int64 // cents
}

func (li LineItem) Subtotal() int64 { return li.Qty * li.Unit }

type Invoice struct {
	Number string
	Items  []LineItem
}

func (inv *Invoice) Add(sku string, c Category, qty, unit int64) *Invoice {
	inv.Items = append(inv.Items, LineItem{sku, c, qty, unit})
	return inv
}

func roundDiv(a, b int64) int64 { return (a + b/2) / b }

func (inv Invoice) Totals() (sub, tax int64, byCat map[Category]int64) {
	byCat = make(map[Category]int64)
	for _, li := range inv.Items {
		byCat[li.Category] += li.Subtotal()
		sub += li.Subtotal()
	}
	for c, amt := range byCat {
		rate, ok := taxRate[c] // books are untaxed: rate stays 0
		if !ok {
			rate = 0
		}
		tax += roundDiv(amt*rate, 10000)
	}
	return
}

func cents(v int64) string { return fmt.Sprintf("%d.%02d", v/100, v%100) }

func main() {
	inv := &Invoice{Number: "INV-1042"}
	inv.Add("APL-01", Food, 6, 45).
		Add("TSH-22", Clothing, 2, 1999).
		Add("HDM-07", Electronics, 1, 2495).
		Add("NOV-88", Books, 3, 1250).
		Add("BRD-02", Food, 2, 349)

	fmt.Println("Invoice", inv.Number)
	fmt.Println(strings.Repeat("-", 44))
	for _, li := range inv.Items {
		fmt.Printf("%-7s %-12s %3d x %8s = %9s\n", li.SKU, li.Category, li.Qty, cents(li.Unit), cents(li.Subtotal()))
	}
	fmt.Println(strings.Repeat("-", 44))
	sub, tax, byCat := inv.Totals()
	cats := make([]Category, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Slice(cats, func(i, j int) bool { return cats[i] < cats[j] })
	for _, c := range cats {
		rate := taxRate[c]
		fmt.Printf("  %-12s %9s  tax %d.%02d%%\n", c, cents(byCat[c]), rate/100, rate%100)
	}
	fmt.Printf("Subtotal %35s\n", cents(sub))
	fmt.Printf("Tax      %35s\n", cents(tax))
	fmt.Printf("Total    %35s\n", cents(sub+tax))
}
