package main

import (
	"fmt"
	"strings"
)

type Stay struct {
	Guest    string
	Nights   int
	Weekend  int // number of weekend nights
	Member   bool
	Promo    string
	BaseRate float64
}

// A Rule adjusts a running price and reports what it did.
type Rule func(s Stay, price float64) (float64, string)

func weekendSurcharge(pct float64) Rule {
	return func(s Stay, price float64) (float64, string) {
		if s.Weekend == 0 {
			return price, ""
		}
		extra := float64(s.Weekend) * s.BaseRate * pct / 100
		return price + extra, fmt.Sprintf("weekend +%.2f", extra)
	}
}

func memberDiscount(pct float64) Rule {
	return func(s Stay, price float64) (float64, string) {
		if !s.Member {
			return price, ""
		}
		cut := price * pct / 100
		return price - cut, fmt.Sprintf("member -%.2f", cut)
	}
}

func promoCodes(codes map[string]float64) Rule {
	used := map[string]int{} // captured state shared across calls
	return func(s Stay, price float64) (float64, string) {
		code := strings.ToUpper(s.Promo)
		off, ok := codes[code]
		if !ok {
			return price, ""
		}
		used[code]++
		if used[code] > 1 {
			return price, "promo " + code + " already used"
		}
		return price - off, fmt.Sprintf("promo -%.2f", off)
	}
}

func longStay(minNights int, freeNights int) Rule {
	return func(s Stay, price float64) (float64, string) {
		if s.Nights < minNights {
			return price, ""
		}
		free := float64(freeNights) * s.BaseRate
		return price - free, fmt.Sprintf("%d free night(s) -%.2f", freeNights, free)
	}
}

func counter() (inc func() int, get func() int) {
	n := 0
	return func() int { n++; return n }, func() int { return n }
}

func main() {
	rules := []Rule{
		weekendSurcharge(20),
		longStay(7, 1),
		memberDiscount(10),
		promoCodes(map[string]float64{"SPRING25": 25, "WELCOME": 10}),
	}
	stays := []Stay{
		{"Iwu", 2, 1, false, "", 120},
		{"Moreau", 7, 2, true, "spring25", 100},
		{"Haddad", 3, 0, true, "SPRING25", 150},
		{"Tanaka", 1, 0, false, "bogus", 95},
	}

	nextInvoice, issued := counter()
	for _, s := range stays {
		price := float64(s.Nights) * s.BaseRate
		fmt.Printf("#%d %s: %d x %.2f = %.2f\n", nextInvoice(), s.Guest, s.Nights, s.BaseRate, price)
		for _, rule := range rules {
			var note string
			price, note = rule(s, price)
			if note != "" {
				fmt.Println("    ", note)
			}
		}
		fmt.Printf("    final %.2f\n", price)
	}
	fmt.Println("invoices issued:", issued())
}
