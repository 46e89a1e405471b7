package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

// knapsack01 solves the 0/1 knapsack with a full 2-D table so the chosen
// items can be reconstructed.
func knapsack01(items []Item, capacity int) (int, []Item) {
	n := len(items)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= n; i++ {
		it := items[i-1]
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w {
				dp[i][w] = max(dp[i][w], dp[i-1][w-it.Weight]+it.Value)
			}
		}
	}
	var chosen []Item
	w := capacity
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1])
			w -= items[i-1].Weight
		}
	}
	return dp[n][capacity], chosen
}

// knapsackUnbounded allows each item any number of times, using a 1-D table.
func knapsackUnbounded(items []Item, capacity int) (int, map[string]int) {
	best := make([]int, capacity+1)
	pick := make([]int, capacity+1)
	for i := range pick {
		pick[i] = -1
	}
	for w := 1; w <= capacity; w++ {
		for i, it := range items {
			if it.Weight <= w && best[w-it.Weight]+it.Value > best[w] {
				best[w] = best[w-it.Weight] + it.Value
				pick[w] = i
			}
		}
	}
	counts := map[string]int{}
	for w := capacity; w > 0 && pick[w] >= 0; w -= items[pick[w]].Weight {
		counts[items[pick[w]].Name]++
	}
	return best[capacity], counts
}

func main() {
	items := []Item{
		{"tent", 5, 60},
		{"stove", 3, 50},
		{"camera", 4, 70},
		{"book", 2, 30},
		{"snacks", 1, 15},
		{"guitar", 6, 80},
	}
	fmt.Printf("%-8s %6s %6s %8s\n", "item", "weight", "value", "val/wt")
	for _, it := range items {
		fmt.Printf("%-8s %6d %6d %8.3f\n", it.Name, it.Weight, it.Value, float64(it.Value)/float64(it.Weight))
	}
	fmt.Println(strings.Repeat("=", 31))
	for _, c := range []int{0, 4, 7, 10, 15, 21} {
		v, chosen := knapsack01(items, c)
		names := make([]string, len(chosen))
		wt := 0
		for i, it := range chosen {
			names[i] = it.Name
			wt += it.Weight
		}
		fmt.Printf("cap %2d: value %3d weight %2d %v\n", c, v, wt, names)
	}
	for _, c := range []int{7, 10} {
		v, counts := knapsackUnbounded(items, c)
		fmt.Printf("unbounded cap %d: value %d, camera=%d stove=%d snacks=%d book=%d\n",
			c, v, counts["camera"], counts["stove"], counts["snacks"], counts["book"])
	}
}
