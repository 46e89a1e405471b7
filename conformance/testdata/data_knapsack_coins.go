package main

import (
	"errors"
	"fmt"
	"slices"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

// knapsack01 returns the best value and the chosen items using a 2D table.
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
	for i, w := n, capacity; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append(chosen, items[i-1])
			w -= items[i-1].Weight
		}
	}
	slices.Reverse(chosen)
	return dp[n][capacity], chosen
}

var ErrNoChange = errors.New("amount cannot be made")

// minCoins finds the fewest coins summing to amount (unbounded supply).
func minCoins(coins []int, amount int) ([]int, error) {
	const unreachable = 1 << 30
	best := make([]int, amount+1)
	last := make([]int, amount+1)
	for a := 1; a <= amount; a++ {
		best[a] = unreachable
		for _, c := range coins {
			if c <= a && best[a-c]+1 < best[a] {
				best[a] = best[a-c] + 1
				last[a] = c
			}
		}
	}
	if best[amount] >= unreachable {
		return nil, fmt.Errorf("coins %v, amount %d: %w", coins, amount, ErrNoChange)
	}
	var used []int
	for a := amount; a > 0; a -= last[a] {
		used = append(used, last[a])
	}
	slices.Sort(used)
	return used, nil
}

// countWays counts combinations (order does not matter).
func countWays(coins []int, amount int) int {
	ways := make([]int, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func greedy(coins []int, amount int) []int {
	sorted := slices.Sorted(slices.Values(coins))
	var used []int
	for i := len(sorted) - 1; i >= 0; i-- {
		for amount >= sorted[i] {
			amount -= sorted[i]
			used = append(used, sorted[i])
		}
	}
	if amount != 0 {
		return nil
	}
	return used
}

func main() {
	items := []Item{
		{"tent", 5, 60}, {"stove", 3, 50}, {"camera", 4, 70},
		{"book", 2, 30}, {"snacks", 1, 15}, {"laptop", 6, 90},
	}
	for _, capacity := range []int{5, 10, 15} {
		v, chosen := knapsack01(items, capacity)
		total := 0
		var names []string
		for _, it := range chosen {
			total += it.Weight
			names = append(names, it.Name)
		}
		fmt.Printf("cap %2d: value=%3d weight=%2d items=%v\n", capacity, v, total, names)
	}

	systems := [][]int{{1, 5, 10, 25}, {1, 3, 4}, {4, 9}}
	for _, coins := range systems {
		for _, amt := range []int{6, 13} {
			dp, err := minCoins(coins, amt)
			if err != nil {
				fmt.Println(" ", err, "| ErrNoChange:", errors.Is(err, ErrNoChange))
				continue
			}
			fmt.Printf("  coins %v amount %2d: dp=%v greedy=%v ways=%d\n",
				coins, amt, dp, greedy(coins, amt), countWays(coins, amt))
		}
	}
}
