package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Item struct {
	SKU      string
	Name     string
	Qty      int
	Reorder  int
	UnitCost float64
}

type Inventory struct {
	items map[string]*Item
}

var ErrUnknownSKU = errors.New("unknown sku")

type StockError struct {
	SKU        string
	Have, Want int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("insufficient stock for %s: have %d, want %d", e.SKU, e.Have, e.Want)
}

func NewInventory(items ...Item) *Inventory {
	inv := &Inventory{items: make(map[string]*Item)}
	for _, it := range items {
		inv.items[it.SKU] = &it
	}
	return inv
}

func (inv *Inventory) Remove(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %q: %w", sku, ErrUnknownSKU)
	}
	if it.Qty < n {
		return fmt.Errorf("remove: %w", &StockError{sku, it.Qty, n})
	}
	it.Qty -= n
	return nil
}

func (inv *Inventory) Alerts() []string {
	var out []string
	for _, sku := range slices.Sorted(maps.Keys(inv.items)) {
		it := inv.items[sku]
		if it.Qty <= it.Reorder {
			need := it.Reorder*2 - it.Qty
			out = append(out, fmt.Sprintf("%-6s %-10s qty=%3d order=%3d cost=%8.2f", it.SKU, it.Name, it.Qty, need, float64(need)*it.UnitCost))
		}
	}
	return out
}

func main() {
	inv := NewInventory(
		Item{"A100", "bolts", 120, 50, 0.15},
		Item{"B200", "nuts", 40, 50, 0.10},
		Item{"C300", "washers", 75, 30, 0.05},
		Item{"D400", "brackets", 12, 10, 2.50},
	)
	orders := []struct {
		sku string
		n   int
	}{{"A100", 80}, {"C300", 50}, {"D400", 5}, {"E500", 1}, {"B200", 60}}
	for _, o := range orders {
		err := inv.Remove(o.sku, o.n)
		var se *StockError
		switch {
		case err == nil:
			fmt.Printf("ok   %s -%d\n", o.sku, o.n)
		case errors.Is(err, ErrUnknownSKU):
			fmt.Println("skip:", err)
		case errors.As(err, &se):
			fmt.Printf("fail: %v (short by %d)\n", err, se.Want-se.Have)
		}
	}
	fmt.Println("Reorder alerts:")
	fmt.Println(strings.Join(inv.Alerts(), "\n"))
}
