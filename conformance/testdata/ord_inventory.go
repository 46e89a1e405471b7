package main

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"text/tabwriter"
)

type Item struct {
	SKU      string
	Name     string
	Qty      int
	PriceCts int
	Reorder  int
}

type Inventory struct {
	items map[string]*Item
}

var ErrUnknownSKU = errors.New("unknown sku")

type StockError struct {
	SKU        string
	Have, Want int
}

func (e StockError) Error() string {
	return fmt.Sprintf("sku %s: have %d, want %d", e.SKU, e.Have, e.Want)
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) Add(it Item) {
	if cur, ok := inv.items[it.SKU]; ok {
		cur.Qty += it.Qty
		return
	}
	inv.items[it.SKU] = &it
}

func (inv *Inventory) Remove(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %q: %w", sku, ErrUnknownSKU)
	}
	if it.Qty < n {
		return StockError{SKU: sku, Have: it.Qty, Want: n}
	}
	it.Qty -= n
	return nil
}

func (inv *Inventory) Value() int {
	total := 0
	for _, it := range inv.items {
		total += it.Qty * it.PriceCts
	}
	return total
}

func (inv *Inventory) LowStock() []string {
	var out []string
	for sku, it := range inv.items {
		if it.Qty <= it.Reorder {
			out = append(out, sku)
		}
	}
	slices.Sort(out)
	return out
}

func main() {
	inv := NewInventory()
	inv.Add(Item{"W-001", "Widget", 40, 250, 10})
	inv.Add(Item{"G-010", "Gadget", 12, 1299, 5})
	inv.Add(Item{"S-404", "Sprocket", 200, 35, 50})
	inv.Add(Item{"B-777", "Bolt (M6)", 1000, 4, 200})
	inv.Add(Item{"W-001", "Widget", 10, 250, 10})

	orders := []struct {
		sku string
		n   int
	}{{"W-001", 45}, {"G-010", 20}, {"S-404", 160}, {"X-999", 1}, {"B-777", 850}}

	for _, o := range orders {
		err := inv.Remove(o.sku, o.n)
		var se StockError
		switch {
		case err == nil:
			fmt.Printf("shipped %3d x %s\n", o.n, o.sku)
		case errors.As(err, &se):
			fmt.Printf("backorder %s: short by %d (%v)\n", se.SKU, se.Want-se.Have, err)
		case errors.Is(err, ErrUnknownSKU):
			fmt.Printf("rejected: %v\n", err)
		}
	}

	fmt.Println()
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "SKU\tName\tQty\tUnit\tSubtotal\t")
	for _, sku := range slices.Sorted(maps.Keys(inv.items)) {
		it := inv.items[sku]
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.2f\t%.2f\t\n", it.SKU, it.Name, it.Qty,
			float64(it.PriceCts)/100, float64(it.Qty*it.PriceCts)/100)
	}
	tw.Flush()
	fmt.Printf("\ntotal value: $%.2f\n", float64(inv.Value())/100)
	fmt.Printf("low stock: %q\n", inv.LowStock())
}
