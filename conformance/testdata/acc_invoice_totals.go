package main

import (
	"fmt"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	neg := c < 0
	if neg {
		c = -c
	}
	s := fmt.Sprintf("$%d.%02d", c/100, c%100)
	if neg {
		return "(" + s + ")"
	}
	return s
}

// mulBps multiplies an amount by basis points, rounding half away from zero.
func mulBps(c Cents, bps int64) Cents {
	p := int64(c) * bps
	if p >= 0 {
		return Cents((p + 5000) / 10000)
	}
	return Cents((p - 5000) / 10000)
}

type LineItem struct {
	SKU         string
	Description string
	Qty         int
	UnitPrice   Cents
	DiscountBps int64
	Taxable     bool
}

func (li LineItem) Gross() Cents    { return li.UnitPrice * Cents(li.Qty) }
func (li LineItem) Discount() Cents { return mulBps(li.Gross(), li.DiscountBps) }
func (li LineItem) Net() Cents      { return li.Gross() - li.Discount() }

type Invoice struct {
	Number   string
	Customer string
	TaxBps   int64
	Lines    []LineItem
	Shipping Cents
}

type Totals struct {
	Subtotal, Discounts, Taxable, Tax, Shipping, Total Cents
}

func (inv *Invoice) Add(li LineItem) *Invoice {
	inv.Lines = append(inv.Lines, li)
	return inv
}

func (inv Invoice) Totals() Totals {
	var t Totals
	for _, li := range inv.Lines {
		t.Subtotal += li.Gross()
		t.Discounts += li.Discount()
		if li.Taxable {
			t.Taxable += li.Net()
		}
	}
	t.Tax = mulBps(t.Taxable, inv.TaxBps)
	t.Shipping = inv.Shipping
	t.Total = t.Subtotal - t.Discounts + t.Tax + t.Shipping
	return t
}

func (inv Invoice) Print() {
	fmt.Printf("INVOICE %s  Bill to: %s\n", inv.Number, inv.Customer)
	fmt.Println(strings.Repeat("-", 62))
	fmt.Printf("%-8s %-20s %4s %10s %6s %10s\n", "SKU", "Description", "Qty", "Unit", "Disc%", "Amount")
	for _, li := range inv.Lines {
		flag := "N"
		if li.Taxable {
			flag = "T"
		}
		fmt.Printf("%-8s %-20.20s %4d %10v %5.1f%% %10v%s\n", li.SKU, li.Description, li.Qty,
			li.UnitPrice, float64(li.DiscountBps)/100, li.Net(), flag)
	}
	t := inv.Totals()
	fmt.Println(strings.Repeat("-", 62))
	rows := []struct {
		label string
		v     Cents
	}{
		{"Subtotal", t.Subtotal}, {"Discounts", -t.Discounts}, {"Taxable", t.Taxable},
		{fmt.Sprintf("Tax @ %.3f%%", float64(inv.TaxBps)/100), t.Tax},
		{"Shipping", t.Shipping}, {"TOTAL DUE", t.Total},
	}
	for _, r := range rows {
		fmt.Printf("%50s %11v\n", r.label, r.v)
	}
	fmt.Println()
}

func main() {
	a := &Invoice{Number: "INV-1001", Customer: "Acme Widgets Ltd.", TaxBps: 825, Shipping: 1299}
	a.Add(LineItem{"WID-01", "Standard widget", 12, 499, 0, true}).
		Add(LineItem{"WID-02", "Deluxe widget with extended handle", 3, 2495, 1000, true}).
		Add(LineItem{"SVC-10", "Installation service", 2, 7500, 0, false}).
		Add(LineItem{"BOLT-M8", "M8 bolts (box of 100)", 5, 333, 250, true})

	b := &Invoice{Number: "INV-1002", Customer: "Globex Corporation", TaxBps: 700}
	b.Add(LineItem{"LIC-ENT", "Enterprise license", 1, 1999900, 1500, false}).
		Add(LineItem{"TRN-01", "Training day", 2, 125000, 0, true})

	invoices := []*Invoice{a, b}
	var grand Cents
	for _, inv := range invoices {
		inv.Print()
		grand += inv.Totals().Total
	}
	fmt.Printf("%d invoices, grand total %v\n", len(invoices), grand)
	fmt.Printf("rounding checks: %v %v %v\n", mulBps(1, 5000), mulBps(-1, 5000), mulBps(333, 825))
}
