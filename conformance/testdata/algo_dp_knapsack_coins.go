package main

import (
	"fmt"
	"math"
)

type Item struct {
	Name   string
	Weight int
	Value  int
}

// knapsack solves 0/1 knapsack with a memo map keyed by "i,cap".
func knapsack(items []Item, capacity int) (best int, chosen []string) {
	type state struct{ i, c int }
	memo := map[state]int{}
	var f func(i, c int) int
	f = func(i, c int) int {
		if i == len(items) || c == 0 {
			return 0
		}
		if v, ok := memo[state{i, c}]; ok {
			return v
		}
		res := f(i+1, c)
		if it := items[i]; it.Weight <= c {
			res = max(res, it.Value+f(i+1, c-it.Weight))
		}
		memo[state{i, c}] = res
		return res
	}
	best = f(0, capacity)
	c := capacity
	for i := range items {
		if f(i, c) != f(i+1, c) {
			chosen = append(chosen, items[i].Name)
			c -= items[i].Weight
		}
	}
	return
}

// minCoins returns the fewest coins to make amount, or -1.
func minCoins(coins []int, amount int) int {
	dp := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = math.MaxInt32
		for _, c := range coins {
			if c <= i && dp[i-c] != math.MaxInt32 {
				dp[i] = min(dp[i], dp[i-c]+1)
			}
		}
	}
	if dp[amount] == math.MaxInt32 {
		return -1
	}
	return dp[amount]
}

// countWays counts combinations (order ignored) making amount.
func countWays(coins []int, amount int) int64 {
	ways := make([]int64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for v := c; v <= amount; v++ {
			ways[v] += ways[v-c]
		}
	}
	return ways[amount]
}

var fibMemo = map[int]uint64{0: 0, 1: 1}

func fib(n int) uint64 {
	if v, ok := fibMemo[n]; ok {
		return v
	}
	fibMemo[n] = fib(n-1) + fib(n-2)
	return fibMemo[n]
}

func main() {
	items := []Item{
		{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200},
		{"sandwich", 50, 160}, {"glucose", 15, 60}, {"tin", 68, 45},
		{"banana", 27, 60}, {"apple", 39, 40},
	}
	for _, capacity := range []int{50, 100, 200} {
		best, chosen := knapsack(items, capacity)
		fmt.Printf("cap %3d -> value %3d %v\n", capacity, best, chosen)
	}

	coins := []int{1, 5, 10, 25}
	for _, amt := range []int{0, 11, 30, 63, 99} {
		fmt.Printf("amount %2d: min=%d ways=%d\n", amt, minCoins(coins, amt), countWays(coins, amt))
	}
	fmt.Println("impossible:", minCoins([]int{4, 6}, 7))
	fmt.Println("fib(90) =", fib(90), "memo size", len(fibMemo))
}
