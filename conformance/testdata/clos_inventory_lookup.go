package main

import (
	"errors"
	"fmt"
	"slices"
)

type Item struct {
	SKU   string
	Name  string
	Price int // cents
	Qty   int
}

type Inventory map[string]*Item

type OrderLine struct {
	SKU string
	Qty int
}

var (
	ErrUnknownSKU = errors.New("unknown sku")
	ErrNoStock    = errors.New("insufficient stock")
)

func (inv Inventory) Reserve(lines []OrderLine) (int, []error) {
	var errs []error
	total := 0
	reserved := map[string]int{}
	for _, l := range lines {
		item, ok := inv[l.SKU]
		if !ok {
			errs = append(errs, fmt.Errorf("%s: %w", l.SKU, ErrUnknownSKU))
			continue
		}
		already := reserved[l.SKU] // zero if missing
		if item.Qty-already < l.Qty {
			errs = append(errs, fmt.Errorf("%s: want %d, have %d: %w", l.SKU, l.Qty, item.Qty-already, ErrNoStock))
			continue
		}
		reserved[l.SKU] = already + l.Qty
		total += item.Price * l.Qty
	}
	if len(errs) > 0 {
		return 0, errs
	}
	for sku, n := range reserved {
		inv[sku].Qty -= n
	}
	return total, nil
}

func cents(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func main() {
	inv := Inventory{}
	for _, it := range []Item{
		{"A1", "widget", 250, 10},
		{"B2", "gadget", 1299, 3},
		{"C3", "doohickey", 75, 40},
	} {
		inv[it.SKU] = &it
	}

	orders := [][]OrderLine{
		{{"A1", 4}, {"C3", 10}},
		{{"B2", 2}, {"B2", 2}},
		{{"Z9", 1}, {"A1", 1}},
		{{"B2", 3}},
		{{"A1", 6}, {"C3", 30}, {"C3", 1}},
	}

	unknown := 0
	for i, o := range orders {
		total, errs := inv.Reserve(o)
		if errs != nil {
			fmt.Printf("order %d rejected:\n", i+1)
			for _, err := range errs {
				fmt.Println("   ", err)
				if errors.Is(err, ErrUnknownSKU) {
					unknown++
				}
			}
			continue
		}
		fmt.Printf("order %d ok, total %s\n", i+1, cents(total))
	}
	fmt.Println("unknown sku errors:", unknown)

	skus := make([]string, 0, len(inv))
	for k := range inv {
		skus = append(skus, k)
	}
	slices.Sort(skus)
	fmt.Println("remaining stock:")
	for _, k := range skus {
		it := inv[k]
		fmt.Printf("  %-3s %-10s %3d @ %s\n", it.SKU, it.Name, it.Qty, cents(it.Price))
	}

	// Count word frequencies with comma-ok to detect first occurrence.
	firstSeen := map[string]int{}
	counts := map[string]int{}
	for pos, w := range []string{"A1", "C3", "A1", "Q7", "C3", "A1"} {
		if _, ok := firstSeen[w]; !ok {
			firstSeen[w] = pos
		}
		counts[w]++
	}
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range counts {
			if !yield(k) {
				return
			}
		}
	})
	for _, k := range keys {
		_, known := inv[k]
		fmt.Printf("  %s: count=%d first=%d known=%t\n", k, counts[k], firstSeen[k], known)
	}
}
