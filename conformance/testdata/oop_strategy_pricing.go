package main

import (
	"fmt"
	"sort"
)

// PricingStrategy computes the final price for a cart subtotal in cents.
type PricingStrategy interface {
	Name() string
	Apply(subtotal int) int
}

type RegularPricing struct{}

func (RegularPricing) Name() string           { return "regular" }
func (RegularPricing) Apply(subtotal int) int { return subtotal }

type PercentOff struct {
	Percent int
}

func (p PercentOff) Name() string { return fmt.Sprintf("%d%%-off", p.Percent) }
func (p PercentOff) Apply(subtotal int) int {
	return subtotal - subtotal*p.Percent/100
}

type BulkDiscount struct {
	Threshold, Off int
}

func (b BulkDiscount) Name() string { return "bulk" }
func (b BulkDiscount) Apply(subtotal int) int {
	if subtotal >= b.Threshold {
		return subtotal - b.Off
	}
	return subtotal
}

type Cart struct {
	Items    map[string]int
	strategy PricingStrategy
}

func (c *Cart) SetStrategy(s PricingStrategy) { c.strategy = s }

func (c *Cart) Subtotal() int {
	total := 0
	for _, price := range c.Items {
		total += price
	}
	return total
}

func (c *Cart) Total() int { return c.strategy.Apply(c.Subtotal()) }

var strategies = map[string]PricingStrategy{
	"regular": RegularPricing{},
	"sale":    PercentOff{Percent: 15},
	"member":  PercentOff{Percent: 10},
	"bulk":    BulkDiscount{Threshold: 5000, Off: 750},
}

func cents(v int) string { return fmt.Sprintf("$%d.%02d", v/100, v%100) }

func main() {
	cart := &Cart{Items: map[string]int{"book": 2599, "pen": 349, "lamp": 4200}}
	fmt.Println("items:", cart.Items)
	fmt.Println("subtotal:", cents(cart.Subtotal()))

	keys := make([]string, 0, len(strategies))
	for k := range strategies {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	for _, k := range keys {
		s := strategies[k]
		cart.SetStrategy(s)
		fmt.Printf("%-8s %-10s %T %+v -> %s\n", k, s.Name(), s, s, cents(cart.Total()))
	}

	if _, ok := strategies["vip"]; !ok {
		fmt.Printf("%q not found, falling back to regular\n", "vip")
		cart.SetStrategy(strategies["regular"])
		fmt.Println("total:", cents(cart.Total()))
	}
}
