package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type TaxCategory int

const (
	Standard TaxCategory = iota
	Reduced
	Exempt
)

func (c TaxCategory) Rate() float64 {
	switch c {
	case Standard:
		return 0.20
	case Reduced:
		return 0.05
	default:
		return 0
	}
}

func (c TaxCategory) String() string {
	return [...]string{"STD", "RED", "EX"}[c]
}

type LineItem struct {
	SKU      string
	Desc     string
	Qty      int
	UnitCost int64 // cents
	Category TaxCategory
}

func (li LineItem) Net() int64 { return int64(li.Qty) * li.UnitCost }

func (li LineItem) Tax() int64 {
	// round half up to the nearest cent
	return int64(float64(li.Net())*li.Category.Rate() + 0.5)
}

type Invoice struct {
	Number   string
	Customer string
	Items    []LineItem
}

func cents(v int64) string {
	return fmt.Sprintf("%d.%02d", v/100, v%100)
}

func (inv Invoice) Print() {
	fmt.Printf("Invoice %s for %s\n", inv.Number, inv.Customer)
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "SKU\tDescription\tQty\tUnit\tNet\tTax\tCat\t")
	var net, tax int64
	byCat := map[TaxCategory]int64{}
	for _, it := range inv.Items {
		fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%s\t%s\t%v\t\n",
			it.SKU, it.Desc, it.Qty, cents(it.UnitCost), cents(it.Net()), cents(it.Tax()), it.Category)
		net += it.Net()
		tax += it.Tax()
		byCat[it.Category] += it.Tax()
	}
	w.Flush()
	fmt.Println("Tax summary:")
	for c := Standard; c <= Exempt; c++ {
		fmt.Printf("  %-4v %5.1f%%  %10s\n", c, c.Rate()*100, cents(byCat[c]))
	}
	fmt.Printf("%-20s %10s\n", "Subtotal:", cents(net))
	fmt.Printf("%-20s %10s\n", "Tax:", cents(tax))
	fmt.Printf("%-20s %10s\n", "Total due:", cents(net+tax))
}

func main() {
	inv := Invoice{
		Number:   "INV-2024-0042",
		Customer: "Acme Widgets Ltd",
		Items: []LineItem{
			{"W-100", "Widget, small", 12, 349, Standard},
			{"W-200", "Widget, large", 3, 1299, Standard},
			{"BK-01", "Manual (printed)", 2, 1995, Reduced},
			{"SV-09", "Installation", 1, 15000, Exempt},
			{"PK-77", "Packaging", 5, 85, Standard},
		},
	}
	inv.Print()
}
