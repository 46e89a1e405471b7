package main

import (
	"fmt"
	"strings"
)

type PriceRule func(price float64, qty int) float64

func percentOff(pct float64) PriceRule {
	return func(price float64, qty int) float64 {
		return price * (1 - pct/100)
	}
}

func bakersDozen() PriceRule {
	// Buy 12, get the 13th free: the effective unit price drops.
	return func(price float64, qty int) float64 {
		free := qty / 13
		return price * float64(qty-free) / float64(qty)
	}
}

func chain(rules ...PriceRule) PriceRule {
	return func(price float64, qty int) float64 {
		for _, r := range rules {
			price = r(price, qty)
		}
		return price
	}
}

// counter returns a closure that hands out increasing order numbers.
func counter(prefix string, start int) func() string {
	n := start
	return func() string {
		n++
		return fmt.Sprintf("%s-%04d", prefix, n)
	}
}

func main() {
	nextOrder := counter("BK", 41)
	rules := map[string]PriceRule{
		"none":        func(p float64, _ int) float64 { return p },
		"staff":       percentOff(30),
		"dozen":       bakersDozen(),
		"staff+dozen": chain(percentOff(30), bakersDozen()),
	}
	ruleOrder := []string{"none", "staff", "dozen", "staff+dozen"}

	const unit = 1.80
	for _, qty := range []int{6, 13, 26} {
		fmt.Printf("%s: %d bagels\n", nextOrder(), qty)
		for _, name := range ruleOrder {
			each := rules[name](unit, qty)
			fmt.Printf("  %-12s unit %5.3f  total %6.2f\n", name, each, each*float64(qty))
		}
	}

	// Closures capturing a loop variable: each iteration has its own copy.
	var labels []func() string
	for _, flavour := range []string{"poppy", "sesame", "plain"} {
		labels = append(labels, func() string { return strings.ToUpper(flavour[:1]) + flavour[1:] + " bagel" })
	}
	for _, l := range labels {
		fmt.Println(l())
	}

	// A closure that accumulates state across calls.
	running := 0.0
	add := func(amount float64) float64 {
		running += amount
		return running
	}
	for _, sale := range []float64{4.5, 12.25, 3.0} {
		fmt.Printf("till after sale of %.2f: %.2f\n", sale, add(sale))
	}
	fmt.Println("last ticket would be", nextOrder())
}
