package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name          string
	Weight, Value int
}

// knapsack01 solves the 0/1 knapsack and reconstructs the chosen items.
func knapsack01(items []Item, capacity int) (int, []string, [][]int) {
	dp := make([][]int, len(items)+1)
	for i := range dp {
		dp[i] = make([]int, capacity+1)
	}
	for i := 1; i <= len(items); i++ {
		it := items[i-1]
		for w := 0; w <= capacity; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w && dp[i-1][w-it.Weight]+it.Value > dp[i][w] {
				dp[i][w] = dp[i-1][w-it.Weight] + it.Value
			}
		}
	}
	var chosen []string
	for i, w := len(items), capacity; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append([]string{items[i-1].Name}, chosen...)
			w -= items[i-1].Weight
		}
	}
	return dp[len(items)][capacity], chosen, dp
}

func unbounded(items []Item, capacity int) int {
	dp := make([]int, capacity+1)
	for w := 1; w <= capacity; w++ {
		for _, it := range items {
			if it.Weight <= w {
				dp[w] = max(dp[w], dp[w-it.Weight]+it.Value)
			}
		}
	}
	return dp[capacity]
}

// minCoins returns the fewest coins for amount and the coins used, or -1.
func minCoins(coins []int, amount int) (int, []int) {
	const inf = 1 << 30
	dp := make([]int, amount+1)
	last := make([]int, amount+1)
	for a := 1; a <= amount; a++ {
		dp[a] = inf
		for _, c := range coins {
			if c <= a && dp[a-c]+1 < dp[a] {
				dp[a], last[a] = dp[a-c]+1, c
			}
		}
	}
	if dp[amount] >= inf {
		return -1, nil
	}
	var used []int
	for a := amount; a > 0; a -= last[a] {
		used = append(used, last[a])
	}
	return dp[amount], used
}

func coinWays(coins []int, amount int) int64 {
	ways := make([]int64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func canPartition(nums []int) bool {
	total := 0
	for _, n := range nums {
		total += n
	}
	if total%2 == 1 {
		return false
	}
	reach := make([]bool, total/2+1)
	reach[0] = true
	for _, n := range nums {
		for s := total / 2; s >= n; s-- {
			reach[s] = reach[s] || reach[s-n]
		}
	}
	return reach[total/2]
}

func main() {
	items := []Item{{"map", 1, 15}, {"rope", 3, 20}, {"tent", 4, 30}, {"stove", 2, 14}, {"food", 3, 25}}
	best, chosen, table := knapsack01(items, 7)
	fmt.Printf("0/1 knapsack cap=7 best=%d items=%v\n", best, chosen)
	fmt.Printf("%-6s", "w:")
	for w := range table[0] {
		fmt.Printf("%3d", w)
	}
	fmt.Println()
	for i, row := range table {
		label := "-"
		if i > 0 {
			label = items[i-1].Name
		}
		fmt.Printf("%-6s", label)
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
	fmt.Printf("first item: %+v\n", items[0])
	fmt.Println("unbounded cap=7:", unbounded(items, 7))
	fmt.Println(strings.Repeat("-", 30))
	for _, tc := range []struct {
		coins  []int
		amount int
	}{{[]int{1, 2, 5}, 11}, {[]int{2}, 3}, {[]int{1, 3, 4}, 6}, {[]int{3, 7, 405, 436}, 8839}} {
		n, used := minCoins(tc.coins, tc.amount)
		fmt.Printf("coins=%v amount=%d min=%d used=%v ways=%d\n", tc.coins, tc.amount, n, used, coinWays(tc.coins, tc.amount))
	}
	fmt.Println("ways(1,5,10,25 -> 100):", coinWays([]int{1, 5, 10, 25}, 100))
	fmt.Println("partition [1 5 11 5]:", canPartition([]int{1, 5, 11, 5}))
	fmt.Println("partition [1 2 3 5]:", canPartition([]int{1, 2, 3, 5}))
}
