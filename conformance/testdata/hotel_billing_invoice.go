package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Cents avoids floating-point rounding errors in money.
type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type LineItem struct {
	Description string
	Quantity    int
	UnitPrice   Cents
}

func (li LineItem) Total() Cents { return Cents(li.Quantity) * li.UnitPrice }

type Invoice struct {
	Number  int
	Guest   string
	Items   []LineItem
	TaxRate float64 // percent
}

func (inv *Invoice) Add(desc string, qty int, price string) error {
	f, err := strconv.ParseFloat(price, 64)
	if err != nil {
		return fmt.Errorf("item %q: bad price: %w", desc, err)
	}
	inv.Items = append(inv.Items, LineItem{desc, qty, Cents(f*100 + 0.5)})
	return nil
}

func (inv Invoice) Subtotal() Cents {
	var sum Cents
	for _, li := range inv.Items {
		sum += li.Total()
	}
	return sum
}

func (inv Invoice) Tax() Cents {
	return Cents(float64(inv.Subtotal())*inv.TaxRate/100 + 0.5)
}

func main() {
	inv := &Invoice{Number: 48213, Guest: "Marguerite O'Hara", TaxRate: 12.5}
	entries := [][3]string{
		{"Deluxe room (night)", "3", "189.00"},
		{"Breakfast buffet", "4", "18.50"},
		{"Minibar", "1", "12.75"},
		{"Spa treatment", "1", "abc"},
		{"Late checkout", "1", "35"},
	}
	for _, e := range entries {
		qty, _ := strconv.Atoi(e[1])
		if err := inv.Add(e[0], qty, e[2]); err != nil {
			fmt.Println("skipped:", err)
		}
	}

	line := strings.Repeat("-", 48)
	fmt.Printf("INVOICE %06d  guest: %q\n", inv.Number, inv.Guest)
	fmt.Println(line)
	for i, li := range inv.Items {
		fmt.Printf("%2d. %-22s %3d x %8.2f = %9s\n", i+1, li.Description, li.Quantity,
			float64(li.UnitPrice)/100, li.Total())
	}
	fmt.Println(line)
	fmt.Printf("%-36s %11s\n", "Subtotal", inv.Subtotal())
	fmt.Printf("%-36s %11s\n", "Tax "+strconv.FormatFloat(inv.TaxRate, 'f', 1, 64)+"%", inv.Tax())
	deposit := Cents(-20000)
	fmt.Printf("%-36s %11s\n", "Deposit", deposit)
	due := inv.Subtotal() + inv.Tax() + deposit
	fmt.Printf("%-36s %11s\n", "Amount due", due)
	fmt.Printf("raw cents: %d, hex: %#x, quoted: %s\n", int64(due), int64(due), strconv.Quote(due.String()))
}
