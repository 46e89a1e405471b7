package main

import (
	"fmt"
	"strings"
)

type Cart struct {
	Customer string
	Loyalty  bool
	Items    []CartItem
}

type CartItem struct {
	Name     string
	Category string
	Qty      int
	Price    float64
}

func (c Cart) Subtotal() float64 {
	s := 0.0
	for _, it := range c.Items {
		s += float64(it.Qty) * it.Price
	}
	return s
}

// A PricingRule returns the discount it grants (a positive amount) and a description.
type PricingRule interface {
	Apply(c Cart) (float64, string)
}

type PercentOff struct{ Pct float64 }

func (p PercentOff) Apply(c Cart) (float64, string) {
	return c.Subtotal() * p.Pct / 100, fmt.Sprintf("%.0f%% off everything", p.Pct)
}

type BuyXGetY struct {
	Item string
	X, Y int
}

func (b BuyXGetY) Apply(c Cart) (float64, string) {
	for _, it := range c.Items {
		if it.Name == b.Item {
			free := it.Qty / (b.X + b.Y) * b.Y
			return float64(free) * it.Price, fmt.Sprintf("%s buy %d get %d", b.Item, b.X, b.Y)
		}
	}
	return 0, ""
}

type CategoryDeal struct {
	Category string
	Off      float64
}

func (d CategoryDeal) Apply(c Cart) (float64, string) {
	amt := 0.0
	for _, it := range c.Items {
		if it.Category == d.Category {
			amt += float64(it.Qty) * it.Price * d.Off
		}
	}
	return amt, fmt.Sprintf("%s %.0f%% off", d.Category, d.Off*100)
}

// RuleFunc lets plain functions act as rules.
type RuleFunc func(Cart) (float64, string)

func (f RuleFunc) Apply(c Cart) (float64, string) { return f(c) }

func loyaltyBonus(c Cart) (float64, string) {
	if !c.Loyalty || c.Subtotal() < 50 {
		return 0, ""
	}
	return 5, "loyalty bonus"
}

// BestOf applies only the most generous rule of a group.
type BestOf []PricingRule

func (b BestOf) Apply(c Cart) (float64, string) {
	best, desc := 0.0, ""
	for _, r := range b {
		if amt, d := r.Apply(c); amt > best {
			best, desc = amt, d
		}
	}
	return best, "best of: " + desc
}

func checkout(c Cart, rules []PricingRule) {
	var sb strings.Builder
	sub := c.Subtotal()
	fmt.Fprintf(&sb, "Receipt for %s\n", c.Customer)
	for _, it := range c.Items {
		fmt.Fprintf(&sb, "  %-12s %2d x %6.2f %15.2f\n", it.Name, it.Qty, it.Price, float64(it.Qty)*it.Price)
	}
	fmt.Fprintf(&sb, "  %-32s %7.2f\n", "Subtotal", sub)
	total := 0.0
	for _, r := range rules {
		amt, d := r.Apply(c)
		if amt <= 0 {
			continue
		}
		total += amt
		fmt.Fprintf(&sb, "  - %-30s %7.2f\n", d, -amt)
	}
	if total > sub {
		total = sub
	}
	fmt.Fprintf(&sb, "  %-32s %7.2f\n", "Pay", sub-total)
	fmt.Print(sb.String())
}

func main() {
	rules := []PricingRule{
		BuyXGetY{"Croissant", 2, 1},
		BestOf{PercentOff{10}, CategoryDeal{"dairy", 0.25}},
		RuleFunc(loyaltyBonus),
	}
	carts := []Cart{
		{"Anna", true, []CartItem{
			{"Croissant", "bakery", 7, 2.10},
			{"Milk 1L", "dairy", 4, 1.35},
			{"Cheddar", "dairy", 2, 6.80},
			{"Coffee", "pantry", 2, 11.99},
		}},
		{"Ben", false, []CartItem{
			{"Bread", "bakery", 1, 3.20},
			{"Olive oil", "pantry", 2, 9.50},
			{"Yogurt", "dairy", 3, 0.99},
		}},
	}
	for i, c := range carts {
		if i > 0 {
			fmt.Println()
		}
		checkout(c, rules)
	}
}
