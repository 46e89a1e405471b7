package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

type SKU string

type Supplier struct {
	Name     string
	LeadDays int
	Prices   map[SKU]float64
}

type Item struct {
	SKU          SKU
	Name         string
	OnHand       int
	ReorderPoint int
	ReorderQty   int
}

func (i Item) NeedsReorder() bool { return i.OnHand <= i.ReorderPoint }

type PurchaseOrder struct {
	SKU      SKU
	Supplier string
	Qty      int
	Cost     float64
}

func (p PurchaseOrder) String() string {
	return fmt.Sprintf("PO %-6s x%-4d from %-8s $%8.2f", p.SKU, p.Qty, p.Supplier, p.Cost)
}

var ErrInsufficient = errors.New("insufficient stock")
var ErrNoSupplier = errors.New("no supplier")

type Inventory struct {
	items     map[SKU]*Item
	suppliers []Supplier
}

func (inv *Inventory) Ship(sku SKU, qty int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("ship %s: unknown sku", sku)
	}
	if it.OnHand < qty {
		return fmt.Errorf("ship %d of %s (have %d): %w", qty, sku, it.OnHand, ErrInsufficient)
	}
	it.OnHand -= qty
	return nil
}

func cheapest(sups []Supplier, sku SKU) (Supplier, float64, error) {
	type offer struct {
		s Supplier
		p float64
	}
	var offers []offer
	for _, s := range sups {
		if p, ok := s.Prices[sku]; ok {
			offers = append(offers, offer{s, p})
		}
	}
	if len(offers) == 0 {
		return Supplier{}, 0, fmt.Errorf("%s: %w", sku, ErrNoSupplier)
	}
	best := slices.MinFunc(offers, func(a, b offer) int {
		return cmp.Or(cmp.Compare(a.p, b.p), cmp.Compare(a.s.LeadDays, b.s.LeadDays))
	})
	return best.s, best.p, nil
}

func (inv *Inventory) Reorders() ([]PurchaseOrder, []error) {
	var pos []PurchaseOrder
	var errs []error
	skus := make([]SKU, 0, len(inv.items))
	for k := range inv.items {
		skus = append(skus, k)
	}
	slices.Sort(skus)
	for _, sku := range skus {
		it := inv.items[sku]
		if !it.NeedsReorder() {
			continue
		}
		s, price, err := cheapest(inv.suppliers, sku)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		pos = append(pos, PurchaseOrder{sku, s.Name, it.ReorderQty, price * float64(it.ReorderQty)})
	}
	return pos, errs
}

func main() {
	inv := &Inventory{items: map[SKU]*Item{}}
	for _, it := range []Item{
		{"BOLT", "hex bolt", 500, 100, 1000}, {"NUT", "hex nut", 120, 150, 2000},
		{"GEAR", "spur gear", 12, 5, 20}, {"BELT", "drive belt", 4, 3, 10},
	} {
		inv.items[it.SKU] = &it
	}
	inv.suppliers = []Supplier{
		{"Acme", 5, map[SKU]float64{"BOLT": 0.10, "NUT": 0.05, "GEAR": 14.50}},
		{"Bolty", 2, map[SKU]float64{"BOLT": 0.09, "NUT": 0.05}},
		{"GearCo", 9, map[SKU]float64{"GEAR": 12.75}},
	}
	for _, s := range []struct {
		sku SKU
		qty int
	}{{"BOLT", 420}, {"GEAR", 8}, {"GEAR", 8}, {"BELT", 2}, {"WIDGET", 1}} {
		if err := inv.Ship(s.sku, s.qty); err != nil {
			fmt.Printf("ship failed: %v [insufficient=%t]\n", err, errors.Is(err, ErrInsufficient))
		} else {
			fmt.Printf("shipped %d %s, left %d\n", s.qty, s.sku, inv.items[s.sku].OnHand)
		}
	}
	pos, errs := inv.Reorders()
	total := 0.0
	for _, po := range pos {
		fmt.Println(po)
		total += po.Cost
	}
	fmt.Printf("total reorder cost: $%.2f\n", total)
	if err := errors.Join(errs...); err != nil {
		fmt.Printf("problems:\n%v\nno-supplier=%t\n", err, errors.Is(err, ErrNoSupplier))
	}
}
