package main

import (
	"fmt"
	"strings"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Line struct {
	SKU      string
	Category string
	Qty      int
	Unit     Cents
}

// A PriceRule returns a discount (positive number) for a line.
type PriceRule struct {
	Name  string
	Apply func(l Line) Cents
}

func PercentOffCategory(cat string, pct int64) PriceRule {
	return PriceRule{
		Name: fmt.Sprintf("%d%% off %s", pct, cat),
		Apply: func(l Line) Cents {
			if l.Category != cat {
				return 0
			}
			return l.Unit * Cents(l.Qty) * Cents(pct) / 100
		},
	}
}

func BuyNGetOneFree(sku string, n int) PriceRule {
	return PriceRule{
		Name: fmt.Sprintf("buy %d get 1 free on %s", n, sku),
		Apply: func(l Line) Cents {
			if l.SKU != sku {
				return 0
			}
			free := l.Qty / (n + 1)
			return l.Unit * Cents(free)
		},
	}
}

func BulkPrice(sku string, minQty int, unit Cents) PriceRule {
	return PriceRule{
		Name: fmt.Sprintf("%s at %s each for %d+", sku, unit, minQty),
		Apply: func(l Line) Cents {
			if l.SKU != sku || l.Qty < minQty || unit >= l.Unit {
				return 0
			}
			return (l.Unit - unit) * Cents(l.Qty)
		},
	}
}

// limited wraps a rule so it can only be used a fixed number of times.
func limited(r PriceRule, uses int) PriceRule {
	left := uses
	inner := r.Apply
	r.Name += fmt.Sprintf(" (first %d lines)", uses)
	r.Apply = func(l Line) Cents {
		d := inner(l)
		if d == 0 || left == 0 {
			return 0
		}
		left--
		return d
	}
	return r
}

// Best picks the largest single discount per line; rules don't stack.
func Best(lines []Line, rules []PriceRule) Cents {
	var total Cents
	for _, l := range lines {
		gross := l.Unit * Cents(l.Qty)
		var best Cents
		bestName := "none"
		for _, r := range rules {
			if d := r.Apply(l); d > best {
				best, bestName = d, r.Name
			}
		}
		total += gross - best
		fmt.Printf("%-8s %2d x %-7s = %-8s -%-7s %s\n", l.SKU, l.Qty, l.Unit, gross, best, bestName)
	}
	return total
}

func main() {
	rules := []PriceRule{
		PercentOffCategory("tea", 10),
		BuyNGetOneFree("MUG", 2),
		BulkPrice("BISCUIT", 5, 199),
		limited(PercentOffCategory("snacks", 25), 1),
	}
	fmt.Println("active rules:")
	for _, r := range rules {
		fmt.Println("  -", r.Name)
	}
	fmt.Println(strings.Repeat("-", 60))

	lines := []Line{
		{"GREEN", "tea", 3, 650},
		{"MUG", "kitchen", 7, 899},
		{"BISCUIT", "snacks", 6, 249},
		{"CHIPS", "snacks", 4, 199},
		{"OOLONG", "tea", 1, 1100},
		{"SPOON", "kitchen", 2, 150},
	}
	total := Best(lines, rules)
	fmt.Println(strings.Repeat("-", 60))
	fmt.Println("to pay:", total)
}
