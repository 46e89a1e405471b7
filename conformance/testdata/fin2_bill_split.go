package main

import (
	"fmt"
	"sort"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

type Item struct {
	Name     string
	Price    Cents
	SharedBy []string
}

// split divides amount among people so that the parts sum exactly,
// handing the leftover cents to the earliest names alphabetically.
func split(amount Cents, people []string) map[string]Cents {
	sorted := append([]string(nil), people...)
	sort.Strings(sorted)
	n := Cents(len(sorted))
	out := make(map[string]Cents, len(sorted))
	for i, p := range sorted {
		out[p] = amount / n
		if Cents(i) < amount%n {
			out[p]++
		}
	}
	return out
}

func main() {
	items := []Item{
		{"pizza", 2399, []string{"ana", "ben", "cai"}},
		{"salad", 1150, []string{"dee"}},
		{"wine", 3400, []string{"ana", "ben", "dee"}},
		{"dessert", 1000, []string{"ana", "ben", "cai", "dee"}},
		{"soda", 325, []string{"cai"}},
	}
	owed := map[string]Cents{}
	var subtotal Cents
	for _, it := range items {
		subtotal += it.Price
		for p, amt := range split(it.Price, it.SharedBy) {
			owed[p] += amt
		}
	}
	tipPct := int64(18)
	tip := Cents((int64(subtotal)*tipPct + 50) / 100)
	names := make([]string, 0, len(owed))
	for n := range owed {
		names = append(names, n)
	}
	sort.Strings(names)

	// Tip is split in proportion to each person's share, remainders to largest shares.
	tipShare := map[string]Cents{}
	var given Cents
	for _, n := range names {
		s := Cents(int64(tip) * int64(owed[n]) / int64(subtotal))
		tipShare[n] = s
		given += s
	}
	byShare := append([]string(nil), names...)
	sort.SliceStable(byShare, func(i, j int) bool { return owed[byShare[i]] > owed[byShare[j]] })
	for i := 0; given < tip; i++ {
		tipShare[byShare[i%len(byShare)]]++
		given++
	}

	var total Cents
	for _, n := range names {
		t := owed[n] + tipShare[n]
		total += t
		fmt.Printf("%-4s food %6v tip %5v pays %6v\n", n, owed[n], tipShare[n], t)
	}
	fmt.Printf("subtotal %v tip(%d%%) %v grand %v\n", subtotal, tipPct, tip, subtotal+tip)
	fmt.Println("all cents accounted:", total == subtotal+tip)
	extra, ok := owed["eve"]
	fmt.Printf("eve owes %v (at table: %t)\n", extra, ok)
	for _, amt := range []Cents{100, 1001, 7} {
		parts := split(amt, []string{"x", "y", "z"})
		fmt.Printf("split %v three ways: %v %v %v\n", amt, parts["x"], parts["y"], parts["z"])
	}
}
