package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name     string
	Cents    int
	Quantity int
}

// PricingStrategy decides the final price of a cart.
type PricingStrategy interface {
	Name() string
	Apply(subtotal int, items []Item) int
}

type Regular struct{}

func (Regular) Name() string                { return "regular" }
func (Regular) Apply(sub int, _ []Item) int { return sub }

type PercentOff struct{ Percent int }

func (p PercentOff) Name() string { return fmt.Sprintf("%d%% off", p.Percent) }
func (p PercentOff) Apply(sub int, _ []Item) int {
	return sub - sub*p.Percent/100
}

// BulkDiscount gives one free unit for every N of the same item.
type BulkDiscount struct{ EveryN int }

func (b BulkDiscount) Name() string { return fmt.Sprintf("buy %d get 1 free", b.EveryN-1) }
func (b BulkDiscount) Apply(sub int, items []Item) int {
	for _, it := range items {
		sub -= (it.Quantity / b.EveryN) * it.Cents
	}
	return sub
}

// Chain applies strategies in order: a composite strategy.
type Chain []PricingStrategy

func (c Chain) Name() string {
	names := make([]string, len(c))
	for i, s := range c {
		names[i] = s.Name()
	}
	return strings.Join(names, " then ")
}
func (c Chain) Apply(sub int, items []Item) int {
	for _, s := range c {
		sub = s.Apply(sub, items)
	}
	return sub
}

// StrategyFunc lets a plain function act as a strategy.
type StrategyFunc func(int, []Item) int

func (StrategyFunc) Name() string                      { return "custom" }
func (f StrategyFunc) Apply(sub int, items []Item) int { return f(sub, items) }

type Cart struct {
	items    []Item
	strategy PricingStrategy
}

func (c *Cart) Add(name string, cents, qty int) *Cart {
	c.items = append(c.items, Item{name, cents, qty})
	return c
}
func (c *Cart) SetStrategy(s PricingStrategy) { c.strategy = s }
func (c *Cart) Total() int {
	sub := 0
	for _, it := range c.items {
		sub += it.Cents * it.Quantity
	}
	if c.strategy == nil {
		return sub
	}
	return c.strategy.Apply(sub, c.items)
}

func fmtCents(c int) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

func main() {
	cart := &Cart{}
	cart.Add("apple", 50, 7).Add("bread", 325, 1).Add("milk", 199, 3)
	fmt.Println("no strategy:", fmtCents(cart.Total()))

	capAt := StrategyFunc(func(sub int, _ []Item) int { return min(sub, 800) })
	strategies := []PricingStrategy{
		Regular{},
		PercentOff{10},
		PercentOff{25},
		BulkDiscount{3},
		Chain{BulkDiscount{3}, PercentOff{10}},
		Chain{PercentOff{10}, BulkDiscount{3}},
		capAt,
		Chain{Regular{}, capAt, PercentOff{50}},
	}
	best, bestTotal := "", -1
	for _, s := range strategies {
		cart.SetStrategy(s)
		t := cart.Total()
		fmt.Printf("%-38s %7s\n", s.Name(), fmtCents(t))
		if bestTotal < 0 || t < bestTotal {
			best, bestTotal = s.Name(), t
		}
	}
	fmt.Printf("best: %s at %s\n", best, fmtCents(bestTotal))
}
