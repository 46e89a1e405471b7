package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

var ErrNoSolution = errors.New("amount cannot be made")

const inf = 1 << 30

// MinCoins returns the fewest coins summing to amount and one such multiset.
func MinCoins(coins []int, amount int) ([]int, error) {
	dp := make([]int, amount+1)
	last := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		dp[i] = inf
		for _, c := range coins {
			if c <= i && dp[i-c]+1 < dp[i] {
				dp[i] = dp[i-c] + 1
				last[i] = c
			}
		}
	}
	if dp[amount] >= inf {
		return nil, fmt.Errorf("min coins for %d with %v: %w", amount, coins, ErrNoSolution)
	}
	var used []int
	for a := amount; a > 0; a -= last[a] {
		used = append(used, last[a])
	}
	slices.Sort(used)
	slices.Reverse(used)
	return used, nil
}

// Ways counts the combinations (order-insensitive) that make amount.
func Ways(coins []int, amount int) uint64 {
	ways := make([]uint64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

// Greedy picks the largest coin repeatedly; it is not always optimal.
func Greedy(coins []int, amount int) []int {
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

func join(xs []int) string {
	if xs == nil {
		return "-"
	}
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, "+")
}

func main() {
	systems := []struct {
		name  string
		coins []int
	}{
		{"euro-cents", []int{1, 2, 5, 10, 20, 50}},
		{"odd-system", []int{1, 3, 4}},
		{"no-ones", []int{5, 7}},
	}
	for _, sys := range systems {
		fmt.Printf("== %s %v\n", sys.name, sys.coins)
		fmt.Printf("%6s | %-20s | %-20s | %s\n", "amount", "optimal", "greedy", "ways")
		for _, amt := range []int{6, 11, 23, 37} {
			best, err := MinCoins(sys.coins, amt)
			opt := join(best)
			if errors.Is(err, ErrNoSolution) {
				opt = "impossible"
			}
			g := Greedy(sys.coins, amt)
			mark := ""
			if best != nil && g != nil && len(g) > len(best) {
				mark = " (greedy worse)"
			}
			fmt.Printf("%6d | %-20s | %-20s | %d%s\n", amt, opt, join(g), Ways(sys.coins, amt), mark)
		}
	}
	_, err := MinCoins([]int{4, 6}, 9)
	fmt.Println("error:", err)
	fmt.Println("ways to make 100 cents with US coins:", Ways([]int{1, 5, 10, 25, 50, 100}, 100))
}
