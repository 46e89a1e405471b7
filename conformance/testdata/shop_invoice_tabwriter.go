package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type Cents int64

func (c Cents) String() string {
	neg := c < 0
	if neg {
		c = -c
	}
	s := fmt.Sprintf("%d.%02d", c/100, c%100)
	if neg {
		return "(" + s + ")"
	}
	return s
}

type InvoiceLine struct {
	Description string
	Qty         int
	UnitPrice   Cents
	DiscountPct int
}

func (l InvoiceLine) Amount() Cents {
	gross := l.UnitPrice * Cents(l.Qty)
	return gross - gross*Cents(l.DiscountPct)/100
}

type Address struct {
	Name, Street, City string
}

type Invoice struct {
	Number  string
	Date    string
	BillTo  Address
	Lines   []InvoiceLine
	TaxBP   int64 // basis points
	Credits Cents
}

func (inv Invoice) Print() {
	fmt.Printf("INVOICE %s   date %s\n", inv.Number, inv.Date)
	fmt.Printf("Bill to: %s, %s, %s\n", inv.BillTo.Name, inv.BillTo.Street, inv.BillTo.City)
	fmt.Println(strings.Repeat("=", 56))

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "#\tDescription\tQty\tUnit\tDisc\tAmount\t")
	var subtotal Cents
	for i, l := range inv.Lines {
		disc := "-"
		if l.DiscountPct > 0 {
			disc = fmt.Sprintf("%d%%", l.DiscountPct)
		}
		fmt.Fprintf(w, "%d\t%s\t%d\t%s\t%s\t%s\t\n", i+1, l.Description, l.Qty, l.UnitPrice, disc, l.Amount())
		subtotal += l.Amount()
	}
	w.Flush()

	tax := (subtotal*Cents(inv.TaxBP) + 5000) / 10000
	total := subtotal + tax - inv.Credits

	fmt.Println(strings.Repeat("=", 56))
	t := tabwriter.NewWriter(os.Stdout, 24, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintf(t, "Subtotal\t%s\t\n", subtotal)
	fmt.Fprintf(t, "Tax %d.%02d%%\t%s\t\n", inv.TaxBP/100, inv.TaxBP%100, tax)
	if inv.Credits != 0 {
		fmt.Fprintf(t, "Store credit\t%s\t\n", -inv.Credits)
	}
	fmt.Fprintf(t, "TOTAL DUE\t%s\t\n", total)
	t.Flush()
}

func main() {
	inv := Invoice{
		Number: "INV-2024-0042",
		Date:   "2024-03-15",
		BillTo: Address{"Greta Lindqvist", "12 Harbor Rd", "Portland"},
		Lines: []InvoiceLine{
			{"Mechanical keyboard", 1, 8999, 0},
			{"Keycap set", 2, 2450, 10},
			{"USB-C cable 2m", 3, 899, 0},
			{"Wrist rest", 1, 1999, 25},
			{"Gift wrapping", 1, 350, 0},
		},
		TaxBP:   875,
		Credits: 1000,
	}
	inv.Print()

	fmt.Println()
	small := Invoice{
		Number: "INV-2024-0043",
		Date:   "2024-03-16",
		BillTo: Address{"Tom Okafor", "9 Elm St", "Salem"},
		Lines:  []InvoiceLine{{"Notebook A5", 5, 450, 0}},
		TaxBP:  0,
	}
	small.Print()
}
