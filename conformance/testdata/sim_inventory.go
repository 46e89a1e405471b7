package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU      string
	Name     string
	Price    float64
	Quantity int
}

func (i Item) Value() float64 { return i.Price * float64(i.Quantity) }

type Inventory struct {
	items map[string]*Item
}

func (inv *Inventory) Add(sku, name string, price float64, qty int) {
	if it, ok := inv.items[sku]; ok {
		it.Quantity += qty
		return
	}
	inv.items[sku] = &Item{SKU: sku, Name: name, Price: price, Quantity: qty}
}

func (inv *Inventory) Remove(sku string, qty int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("unknown SKU %q", sku)
	}
	if it.Quantity < qty {
		return fmt.Errorf("cannot remove %d of %s: only %d in stock", qty, it.Name, it.Quantity)
	}
	it.Quantity -= qty
	return nil
}

func (inv *Inventory) Sorted() []Item {
	out := make([]Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, *it)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].SKU < out[b].SKU })
	return out
}

func (inv *Inventory) Report() string {
	var sb strings.Builder
	total := 0.0
	fmt.Fprintf(&sb, "%-6s %-12s %8s %4s %9s\n", "SKU", "Name", "Price", "Qty", "Value")
	for _, it := range inv.Sorted() {
		fmt.Fprintf(&sb, "%-6s %-12s %8.2f %4d %9.2f\n", it.SKU, it.Name, it.Price, it.Quantity, it.Value())
		total += it.Value()
	}
	fmt.Fprintf(&sb, "%-32s %9.2f\n", "TOTAL", total)
	return sb.String()
}

func main() {
	inv := &Inventory{items: map[string]*Item{}}
	inv.Add("P100", "Pencil", 0.25, 200)
	inv.Add("N200", "Notebook", 2.99, 40)
	inv.Add("E300", "Eraser", 0.5, 75)
	inv.Add("P100", "Pencil", 0.25, 50)

	for _, op := range []struct {
		sku string
		qty int
	}{{"N200", 15}, {"E300", 100}, {"X999", 1}, {"P100", 249}} {
		if err := inv.Remove(op.sku, op.qty); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Printf("removed %d x %s\n", op.qty, op.sku)
		}
	}
	fmt.Print(inv.Report())

	low := []string{}
	for _, it := range inv.Sorted() {
		if it.Quantity < 10 {
			low = append(low, it.Name)
		}
	}
	fmt.Println("low stock:", strings.Join(low, ", "))
}
