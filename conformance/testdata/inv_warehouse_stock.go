package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

type SKU string

type Bin struct {
	Aisle, Shelf int
}

func (b Bin) String() string { return fmt.Sprintf("A%02d-S%d", b.Aisle, b.Shelf) }

type InsufficientStock struct {
	SKU        SKU
	Have, Want int
}

func (e InsufficientStock) Error() string {
	return fmt.Sprintf("sku %s: have %d, want %d", e.SKU, e.Have, e.Want)
}

var ErrUnknownSKU = errors.New("unknown sku")

type Warehouse struct {
	Name  string
	stock map[SKU]int
	bins  map[SKU]Bin
}

func NewWarehouse(name string) *Warehouse {
	return &Warehouse{Name: name, stock: map[SKU]int{}, bins: map[SKU]Bin{}}
}

func (w *Warehouse) Receive(s SKU, qty int, b Bin) {
	w.stock[s] += qty
	w.bins[s] = b
}

func (w *Warehouse) Pick(s SKU, qty int) error {
	have, ok := w.stock[s]
	if !ok {
		return fmt.Errorf("pick %q: %w", s, ErrUnknownSKU)
	}
	if have < qty {
		return fmt.Errorf("pick failed: %w", InsufficientStock{s, have, qty})
	}
	w.stock[s] = have - qty
	return nil
}

func (w Warehouse) Report() {
	fmt.Printf("== %s ==\n", w.Name)
	for _, s := range slices.Sorted(maps.Keys(w.stock)) {
		fmt.Printf("  %-8s %4d @ %v\n", s, w.stock[s], w.bins[s])
	}
}

func main() {
	w := NewWarehouse("North DC")
	w.Receive("BOLT-M4", 500, Bin{3, 2})
	w.Receive("NUT-M4", 420, Bin{3, 3})
	w.Receive("WASHER", 1000, Bin{1, 1})
	w.Receive("HINGE", 40, Bin{12, 5})
	w.Report()

	picks := []struct {
		sku SKU
		qty int
	}{
		{"BOLT-M4", 120}, {"HINGE", 50}, {"GASKET", 3}, {"WASHER", 999}, {"HINGE", 40},
	}
	for _, p := range picks {
		err := w.Pick(p.sku, p.qty)
		var short InsufficientStock
		switch {
		case err == nil:
			fmt.Printf("picked %3d x %s\n", p.qty, p.sku)
		case errors.As(err, &short):
			fmt.Printf("short by %d: %v\n", short.Want-short.Have, err)
		case errors.Is(err, ErrUnknownSKU):
			fmt.Println("unknown:", err)
		}
	}
	w.Report()
	bins := map[Bin]SKU{}
	for s, b := range w.bins {
		bins[b] = s
	}
	fmt.Println("bins map:", bins)
}
