package main

import (
	"fmt"
	"slices"
	"strings"
)

type Item struct {
	Name  string
	Grams int
	Value int // how much we want it, 1..10
	Must  bool
}

// pack chooses items maximising value within capacity (0/1 knapsack).
// Must-have items are taken first and reduce the capacity.
func pack(items []Item, capacity int) ([]Item, int, error) {
	var chosen []Item
	var optional []Item
	for _, it := range items {
		if it.Must {
			capacity -= it.Grams
			chosen = append(chosen, it)
		} else {
			optional = append(optional, it)
		}
	}
	if capacity < 0 {
		return nil, 0, fmt.Errorf("must-have items exceed limit by %d g", -capacity)
	}
	step := 100 // work in 100 g units to keep the table small
	w := capacity / step
	best := make([][]int, len(optional)+1)
	for i := range best {
		best[i] = make([]int, w+1)
	}
	for i := 1; i <= len(optional); i++ {
		it := optional[i-1]
		g := (it.Grams + step - 1) / step
		for c := 0; c <= w; c++ {
			best[i][c] = best[i-1][c]
			if g <= c {
				best[i][c] = max(best[i][c], best[i-1][c-g]+it.Value)
			}
		}
	}
	for i, c := len(optional), w; i > 0; i-- {
		if best[i][c] != best[i-1][c] {
			it := optional[i-1]
			chosen = append(chosen, it)
			c -= (it.Grams + step - 1) / step
		}
	}
	return chosen, best[len(optional)][w], nil
}

func main() {
	items := []Item{
		{"passport", 50, 10, true},
		{"laptop", 1800, 9, false},
		{"camera", 900, 7, false},
		{"hiking boots", 1300, 6, false},
		{"rain jacket", 450, 8, false},
		{"guidebook", 600, 3, false},
		{"snacks", 700, 4, false},
		{"toiletries", 800, 5, true},
		{"second pair of jeans", 750, 2, false},
	}

	for _, limit := range []int{7000, 4000, 500} {
		chosen, score, err := pack(items, limit)
		if err != nil {
			fmt.Printf("limit %d g: %v\n", limit, err)
			continue
		}
		slices.SortFunc(chosen, func(a, b Item) int { return strings.Compare(a.Name, b.Name) })
		total := 0
		names := make([]string, 0, len(chosen))
		for _, it := range chosen {
			total += it.Grams
			names = append(names, it.Name)
		}
		fmt.Printf("limit %d g: %d items, %d g, optional value %d\n", limit, len(chosen), total, score)
		fmt.Printf("  %s\n", strings.Join(names, ", "))
		left := limit - total
		fmt.Printf("  spare capacity %.1f kg\n", float64(left)/1000)
	}
}
