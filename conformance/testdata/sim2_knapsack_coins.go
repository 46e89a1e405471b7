package main

import (
	"fmt"
	"slices"
)

type Item struct {
	Name          string
	Weight, Value int
}

// Knapsack solves the 0/1 knapsack problem and returns the chosen items.
func Knapsack(items []Item, capacity int) (int, []Item) {
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
	slices.Reverse(chosen)
	return dp[n][capacity], chosen
}

// MinCoins returns the fewest coins summing to amount, or nil if impossible.
func MinCoins(coins []int, amount int) []int {
	const inf = 1 << 30
	best := make([]int, amount+1)
	last := make([]int, amount+1)
	for a := 1; a <= amount; a++ {
		best[a] = inf
		for _, c := range coins {
			if c <= a && best[a-c]+1 < best[a] {
				best[a] = best[a-c] + 1
				last[a] = c
			}
		}
	}
	if best[amount] >= inf {
		return nil
	}
	var used []int
	for a := amount; a > 0; a -= last[a] {
		used = append(used, last[a])
	}
	slices.Sort(used)
	return used
}

// CountWays counts the combinations of coins summing to amount.
func CountWays(coins []int, amount int) int64 {
	ways := make([]int64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func main() {
	items := []Item{
		{"tent", 11, 30}, {"stove", 4, 10}, {"lamp", 3, 9}, {"rope", 2, 4},
		{"camera", 5, 20}, {"book", 1, 2}, {"water", 6, 25}, {"food", 7, 28},
	}
	for _, capacity := range []int{10, 15, 25} {
		value, chosen := Knapsack(items, capacity)
		weight := 0
		names := make([]string, len(chosen))
		for i, it := range chosen {
			weight += it.Weight
			names[i] = it.Name
		}
		fmt.Printf("capacity %2d: value %3d weight %2d items %v\n", capacity, value, weight, names)
	}

	systems := []struct {
		name  string
		coins []int
	}{
		{"euro", []int{1, 2, 5, 10, 20, 50}},
		{"odd", []int{1, 3, 4}},
		{"no-ones", []int{5, 7}},
	}
	for _, s := range systems {
		for _, amount := range []int{6, 13, 99} {
			used := MinCoins(s.coins, amount)
			if used == nil {
				fmt.Printf("%-7s %3d: impossible\n", s.name, amount)
				continue
			}
			fmt.Printf("%-7s %3d: %d coins %v, %d ways\n", s.name, amount, len(used), used, CountWays(s.coins, amount))
		}
	}
}
