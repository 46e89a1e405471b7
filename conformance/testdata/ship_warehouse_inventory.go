package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

var (
	ErrUnknownSKU   = errors.New("unknown sku")
	ErrInsufficient = errors.New("insufficient stock")
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Shelf string
}

type Warehouse struct {
	name  string
	items map[string]*Item
	log   []string
}

func NewWarehouse(name string) *Warehouse {
	return &Warehouse{name: name, items: make(map[string]*Item)}
}

func (w *Warehouse) Receive(sku, name, shelf string, qty int) {
	it, ok := w.items[sku]
	if !ok {
		it = &Item{SKU: sku, Name: name, Shelf: shelf}
		w.items[sku] = it
	}
	it.Qty += qty
	w.log = append(w.log, fmt.Sprintf("recv %s +%d", sku, qty))
}

func (w *Warehouse) Pick(sku string, qty int) error {
	it, ok := w.items[sku]
	if !ok {
		return fmt.Errorf("pick %q: %w", sku, ErrUnknownSKU)
	}
	if it.Qty < qty {
		return fmt.Errorf("pick %q (want %d, have %d): %w", sku, qty, it.Qty, ErrInsufficient)
	}
	it.Qty -= qty
	w.log = append(w.log, fmt.Sprintf("pick %s -%d", sku, qty))
	return nil
}

func (w *Warehouse) Report() string {
	var sb strings.Builder
	keys := make([]string, 0, len(w.items))
	for k := range w.items {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Fprintf(&sb, "== %s ==\n", w.name)
	for _, k := range keys {
		it := w.items[k]
		fmt.Fprintf(&sb, "%-8s %-14s %5d  @%s\n", it.SKU, it.Name, it.Qty, it.Shelf)
	}
	return sb.String()
}

func main() {
	w := NewWarehouse("North DC")
	w.Receive("A-100", "pallet wrap", "R1-S2", 40)
	w.Receive("B-220", "box medium", "R2-S1", 120)
	w.Receive("C-031", "tape roll", "R1-S4", 75)
	w.Receive("A-100", "pallet wrap", "R1-S2", 10)

	orders := []struct {
		sku string
		qty int
	}{
		{"A-100", 30}, {"B-220", 200}, {"Z-999", 1}, {"C-031", 75}, {"A-100", 25},
	}
	var short, unknown int
	for _, o := range orders {
		if err := w.Pick(o.sku, o.qty); err != nil {
			switch {
			case errors.Is(err, ErrInsufficient):
				short++
			case errors.Is(err, ErrUnknownSKU):
				unknown++
			}
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("picked %d x %s\n", o.qty, o.sku)
	}
	fmt.Printf("short=%d unknown=%d\n", short, unknown)
	fmt.Print(w.Report())
	fmt.Println("log:", strings.Join(w.log, "; "))
}
