package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	SKU      string
	Category string
	Price    int64 // cents
	Qty      int
}

type Cart struct {
	Customer string
	Member   bool
	Coupon   string
	Items    []Item
}

func (c Cart) Subtotal() int64 {
	var s int64
	for _, it := range c.Items {
		s += it.Price * int64(it.Qty)
	}
	return s
}

type Discount struct {
	Rule   string
	Amount int64
}

// Rule inspects a cart and returns a discount if it applies.
type Rule func(Cart) (Discount, bool)

func PercentOffCategory(cat string, pct int64) Rule {
	name := fmt.Sprintf("%d%% off %s", pct, cat)
	return func(c Cart) (Discount, bool) {
		var base int64
		for _, it := range c.Items {
			if it.Category == cat {
				base += it.Price * int64(it.Qty)
			}
		}
		return Discount{name, base * pct / 100}, base > 0
	}
}

func BuyXGetOneFree(sku string, x int) Rule {
	return func(c Cart) (Discount, bool) {
		for _, it := range c.Items {
			if it.SKU == sku && it.Qty > x {
				free := it.Qty / (x + 1)
				return Discount{fmt.Sprintf("buy %d %s get 1 free (x%d)", x, sku, free), int64(free) * it.Price}, true
			}
		}
		return Discount{}, false
	}
}

func Threshold(min, off int64) Rule {
	return func(c Cart) (Discount, bool) {
		return Discount{fmt.Sprintf("$%d off over $%d", off/100, min/100), off}, c.Subtotal() >= min
	}
}

func MemberOnly(r Rule) Rule {
	return func(c Cart) (Discount, bool) {
		if !c.Member {
			return Discount{}, false
		}
		d, ok := r(c)
		d.Rule = "member: " + d.Rule
		return d, ok
	}
}

func CouponCode(code string, pct int64) Rule {
	return func(c Cart) (Discount, bool) {
		ok := strings.EqualFold(strings.TrimSpace(c.Coupon), code)
		return Discount{"coupon " + code, c.Subtotal() * pct / 100}, ok
	}
}

type Strategy int

const (
	Stack Strategy = iota
	BestOnly
)

func apply(c Cart, rules []Rule, s Strategy) (int64, []Discount) {
	var hits []Discount
	for _, r := range rules {
		if d, ok := r(c); ok && d.Amount > 0 {
			hits = append(hits, d)
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Amount > hits[j].Amount })
	if s == BestOnly && len(hits) > 1 {
		hits = hits[:1]
	}
	var total int64
	for _, d := range hits {
		total += d.Amount
	}
	// never discount below half of subtotal
	if limit := c.Subtotal() / 2; total > limit {
		hits = append(hits, Discount{"cap adjustment", limit - total})
		total = limit
	}
	return total, hits
}

func main() {
	rules := []Rule{
		PercentOffCategory("books", 10),
		BuyXGetOneFree("MUG", 2),
		Threshold(10000, 1500),
		MemberOnly(PercentOffCategory("electronics", 5)),
		CouponCode("SPRING25", 25),
	}
	carts := []Cart{
		{"ann", false, "", []Item{{"NOVEL", "books", 1599, 2}, {"MUG", "kitchen", 899, 3}}},
		{"ben", true, " spring25 ", []Item{{"HDPH", "electronics", 12999, 1}, {"MAP", "books", 2450, 1}}},
		{"cat", true, "", []Item{{"CABLE", "electronics", 1299, 4}}},
		{"dan", false, "SPRING25", []Item{{"MUG", "kitchen", 899, 9}, {"ATLAS", "books", 4500, 1}}},
	}
	for _, c := range carts {
		sub := c.Subtotal()
		for _, s := range []Strategy{Stack, BestOnly} {
			total, hits := apply(c, rules, s)
			label := map[Strategy]string{Stack: "stack", BestOnly: "best"}[s]
			fmt.Printf("%-4s %-5s subtotal %8.2f discount %8.2f pay %8.2f\n",
				c.Customer, label, float64(sub)/100, float64(total)/100, float64(sub-total)/100)
			for _, d := range hits {
				fmt.Printf("        - %-34s %8.2f\n", d.Rule, float64(d.Amount)/100)
			}
		}
	}
}
