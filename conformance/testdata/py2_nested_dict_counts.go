package main

import (
	"fmt"
	"sort"
)

type sale struct {
	region, product string
	qty             int
}

// Python: stats = defaultdict(lambda: defaultdict(int))
func tally(sales []sale) map[string]map[string]int {
	stats := map[string]map[string]int{}
	for _, s := range sales {
		inner, ok := stats[s.region]
		if !ok {
			inner = map[string]int{}
			stats[s.region] = inner
		}
		inner[s.product] += s.qty
	}
	return stats
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func main() {
	sales := []sale{
		{"north", "apples", 3}, {"south", "pears", 5}, {"north", "pears", 2},
		{"east", "apples", 7}, {"north", "apples", 4}, {"south", "apples", 1},
		{"east", "plums", 2}, {"south", "pears", 6},
	}
	stats := tally(sales)
	for _, r := range keys(stats) {
		total := 0
		for _, p := range keys(stats[r]) {
			fmt.Printf("  %s/%s = %d\n", r, p, stats[r][p])
			total += stats[r][p]
		}
		fmt.Printf("%s total: %d\n", r, total)
	}
	// reading a missing inner map is safe, writing is not
	fmt.Println("west apples:", stats["west"]["apples"])
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		stats["west"]["apples"] = 1
	}()
	// per-product totals across regions
	byProduct := map[string]int{}
	for _, inner := range stats {
		for p, q := range inner {
			byProduct[p] += q
		}
	}
	fmt.Println(byProduct)
	fmt.Println(stats)
	// transpose to product -> region -> qty
	tr := map[string]map[string]int{}
	for r, inner := range stats {
		for p, q := range inner {
			if tr[p] == nil {
				tr[p] = map[string]int{}
			}
			tr[p][r] = q
		}
	}
	for _, p := range keys(tr) {
		fmt.Println(p, tr[p], len(tr[p]))
	}
}
