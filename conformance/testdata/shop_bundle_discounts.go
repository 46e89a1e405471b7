package main

import (
	"fmt"
	"slices"
	"strings"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Bundle struct {
	Name  string
	Parts map[string]int // sku -> qty needed
	Price Cents
}

var unitPrice = map[string]Cents{
	"CAM":  45000,
	"LENS": 22000,
	"BAG":  4500,
	"SD64": 1900,
	"TRI":  6900,
	"BATT": 3900,
}

func listPrice(parts map[string]int) Cents {
	var sum Cents
	for sku, q := range parts {
		sum += unitPrice[sku] * Cents(q)
	}
	return sum
}

// timesFits says how many full copies of the bundle fit in the cart.
func timesFits(cart, parts map[string]int) int {
	n := -1
	for sku, need := range parts {
		fit := cart[sku] / need
		if n == -1 || fit < n {
			n = fit
		}
	}
	return max(n, 0)
}

func priceCart(cart map[string]int, bundles []Bundle) {
	left := make(map[string]int, len(cart))
	for k, v := range cart {
		left[k] = v
	}
	// Greedy: apply the bundles that save the most first.
	sorted := slices.Clone(bundles)
	slices.SortFunc(sorted, func(a, b Bundle) int {
		sa, sb := listPrice(a.Parts)-a.Price, listPrice(b.Parts)-b.Price
		if sa != sb {
			return int(sb - sa)
		}
		return strings.Compare(a.Name, b.Name)
	})

	var total, saved Cents
	for _, b := range sorted {
		n := timesFits(left, b.Parts)
		if n == 0 {
			continue
		}
		for sku, need := range b.Parts {
			left[sku] -= need * n
		}
		save := (listPrice(b.Parts) - b.Price) * Cents(n)
		total += b.Price * Cents(n)
		saved += save
		fmt.Printf("  %dx %-18s %10s  (save %s)\n", n, b.Name, b.Price*Cents(n), save)
	}
	skus := make([]string, 0, len(left))
	for sku := range left {
		skus = append(skus, sku)
	}
	slices.Sort(skus)
	for _, sku := range skus {
		if q := left[sku]; q > 0 {
			total += unitPrice[sku] * Cents(q)
			fmt.Printf("  %dx %-18s %10s\n", q, sku, unitPrice[sku]*Cents(q))
		}
	}
	fmt.Printf("  total %s, you saved %s\n", total, saved)
}

func main() {
	bundles := []Bundle{
		{"Starter Kit", map[string]int{"CAM": 1, "SD64": 1, "BAG": 1}, 49000},
		{"Pro Kit", map[string]int{"CAM": 1, "LENS": 1, "TRI": 1}, 68000},
		{"Power Pack", map[string]int{"BATT": 2, "SD64": 2}, 9900},
	}
	for _, b := range bundles {
		fmt.Printf("%-12s list %s bundle %s\n", b.Name, listPrice(b.Parts), b.Price)
	}

	carts := []map[string]int{
		{"CAM": 1, "SD64": 1, "BAG": 1},
		{"CAM": 2, "LENS": 1, "TRI": 1, "BAG": 1, "SD64": 3, "BATT": 2},
		{"BATT": 5, "SD64": 4, "TRI": 1},
	}
	for i, c := range carts {
		fmt.Printf("cart %d:\n", i+1)
		priceCart(c, bundles)
	}
}
