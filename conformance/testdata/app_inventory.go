package main

import (
	"errors"
	"fmt"
	"sort"
)

type Category int

const (
	Hardware Category = iota
	Software
	Grocery
	Clothing
)

var categoryNames = [...]string{"Hardware", "Software", "Grocery", "Clothing"}

func (c Category) String() string {
	if c < 0 || int(c) >= len(categoryNames) {
		return fmt.Sprintf("Category(%d)", int(c))
	}
	return categoryNames[c]
}

var (
	ErrNotFound     = errors.New("item not found")
	ErrInsufficient = errors.New("insufficient stock")
	ErrDuplicate    = errors.New("duplicate SKU")
)

type Item struct {
	SKU      string
	Name     string
	Category Category
	Qty      int
	Price    float64
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) Add(it Item) error {
	if _, ok := inv.items[it.SKU]; ok {
		return fmt.Errorf("add %s: %w", it.SKU, ErrDuplicate)
	}
	inv.items[it.SKU] = &it
	return nil
}

func (inv *Inventory) Remove(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %d of %s: %w", n, sku, ErrNotFound)
	}
	if it.Qty < n {
		return fmt.Errorf("remove %d of %s (have %d): %w", n, sku, it.Qty, ErrInsufficient)
	}
	it.Qty -= n
	inv.log = append(inv.log, fmt.Sprintf("removed %d %s", n, sku))
	return nil
}

func (inv *Inventory) Restock(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("restock %s: %w", sku, ErrNotFound)
	}
	it.Qty += n
	inv.log = append(inv.log, fmt.Sprintf("restocked %d %s", n, sku))
	return nil
}

func (inv *Inventory) Sorted() []*Item {
	out := make([]*Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].SKU < out[j].SKU })
	return out
}

func main() {
	inv := NewInventory()
	seed := []Item{
		{"HW-001", "Hammer", Hardware, 12, 9.99},
		{"HW-002", "Screwdriver", Hardware, 30, 4.50},
		{"SW-100", "Editor License", Software, 5, 49.00},
		{"GR-010", "Coffee Beans", Grocery, 40, 12.75},
		{"CL-007", "Rain Jacket", Clothing, 3, 79.90},
		{"HW-001", "Hammer Deluxe", Hardware, 1, 19.99},
	}
	for _, it := range seed {
		if err := inv.Add(it); err != nil {
			fmt.Println("error:", err)
		}
	}

	type op struct {
		kind, sku string
		n         int
	}
	ops := []op{
		{"remove", "HW-001", 5},
		{"remove", "CL-007", 4},
		{"restock", "CL-007", 10},
		{"remove", "XX-999", 1},
		{"remove", "SW-100", 5},
		{"restock", "GR-404", 2},
	}
	for _, op := range ops {
		action := inv.Remove
		if op.kind == "restock" {
			action = inv.Restock
		}
		err := action(op.sku, op.n)
		switch {
		case err == nil:
			fmt.Printf("ok    %-8s %-7s x%d\n", op.kind, op.sku, op.n)
		case errors.Is(err, ErrNotFound):
			fmt.Printf("miss  %v\n", err)
		case errors.Is(err, ErrInsufficient):
			fmt.Printf("short %v\n", err)
		}
	}

	fmt.Println("--- stock report ---")
	total := 0.0
	for _, it := range inv.Sorted() {
		value := float64(it.Qty) * it.Price
		total += value
		fmt.Printf("%-7s %-15s %-9v %4d @ %6.2f = %8.2f\n", it.SKU, it.Name, it.Category, it.Qty, it.Price, value)
	}
	fmt.Printf("total value: %.2f\n", total)

	fmt.Println("--- by category ---")
	groups := make(map[Category][]string)
	for _, it := range inv.Sorted() {
		groups[it.Category] = append(groups[it.Category], it.Name)
	}
	for c := Hardware; c <= Clothing; c++ {
		fmt.Printf("%-9s %d item(s) %q\n", c, len(groups[c]), groups[c])
	}
	fmt.Println("--- low stock (< 5) ---")
	for _, it := range inv.Sorted() {
		if it.Qty < 5 {
			fmt.Printf("%+v\n", *it)
		}
	}
	fmt.Printf("log entries: %d, last: %q\n", len(inv.log), inv.log[len(inv.log)-1])
}
