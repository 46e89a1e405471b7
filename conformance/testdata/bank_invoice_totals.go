package main

import (
	"fmt"
	"strings"
)

type Party struct {
	Name    string
	Address string
}

func (p Party) Label() string {
	return p.Name + ", " + p.Address
}

type LineItem struct {
	Description string
	Qty         int
	UnitCents   int64
	Taxable     bool
}

func (li LineItem) Total() int64 {
	return int64(li.Qty) * li.UnitCents
}

type Invoice struct {
	Party    // the customer, embedded
	Number   string
	Items    []LineItem
	TaxRate  float64 // e.g. 0.08
	Discount int64   // flat discount in cents
}

func (inv *Invoice) AddItem(desc string, qty int, unit int64, taxable bool) {
	inv.Items = append(inv.Items, LineItem{desc, qty, unit, taxable})
}

func (inv Invoice) Subtotal() (all, taxable int64) {
	for _, it := range inv.Items {
		all += it.Total()
		if it.Taxable {
			taxable += it.Total()
		}
	}
	return all, taxable
}

func (inv Invoice) Tax() int64 {
	_, taxable := inv.Subtotal()
	// round half up to the nearest cent
	return int64(float64(taxable)*inv.TaxRate + 0.5)
}

func (inv Invoice) Total() int64 {
	sub, _ := inv.Subtotal()
	return sub - inv.Discount + inv.Tax()
}

func fmtCents(c int64) string {
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

func (inv Invoice) Print() {
	fmt.Printf("INVOICE %s\n", inv.Number)
	fmt.Printf("Bill to: %s\n", inv.Label())
	fmt.Println(strings.Repeat("-", 50))
	for _, it := range inv.Items {
		mark := " "
		if it.Taxable {
			mark = "T"
		}
		fmt.Printf("%s %-20s %3d x %8s %10s\n", mark, it.Description, it.Qty, fmtCents(it.UnitCents), fmtCents(it.Total()))
	}
	fmt.Println(strings.Repeat("-", 50))
	sub, _ := inv.Subtotal()
	fmt.Printf("%-38s %10s\n", "Subtotal", fmtCents(sub))
	if inv.Discount > 0 {
		fmt.Printf("%-38s %10s\n", "Discount", "-"+fmtCents(inv.Discount))
	}
	fmt.Printf("%-38s %10s\n", fmt.Sprintf("Tax (%.2f%%)", inv.TaxRate*100), fmtCents(inv.Tax()))
	fmt.Printf("%-38s %10s\n", "TOTAL DUE", fmtCents(inv.Total()))
}

func main() {
	a := Invoice{
		Party:   Party{Name: "Blue Cafe", Address: "12 Harbor St"},
		Number:  "INV-1001",
		TaxRate: 0.0825,
	}
	a.AddItem("Coffee beans (kg)", 5, 1899, true)
	a.AddItem("Paper cups (100)", 3, 749, true)
	a.AddItem("Barista training", 2, 4500, false)
	a.Print()

	fmt.Println()

	b := Invoice{
		Party:    Party{"Green Books", "4 Elm Road"},
		Number:   "INV-1002",
		TaxRate:  0.05,
		Discount: 1000,
	}
	b.AddItem("Shelving unit", 2, 12999, true)
	b.AddItem("Delivery", 1, 2500, false)
	b.Print()

	fmt.Println()
	grand := a.Total() + b.Total()
	fmt.Printf("Outstanding for %s and %s: %s\n", a.Name, b.Name, fmtCents(grand))
}
