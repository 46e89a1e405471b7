package main

import (
	"fmt"
	"slices"
	"strings"
)

type Cargo struct {
	Name   string
	Weight int // tonnes
	Profit int // currency units
}

type Plan struct {
	Chosen []Cargo
	Weight int
	Profit int
}

func (p Plan) String() string {
	names := make([]string, len(p.Chosen))
	for i, c := range p.Chosen {
		names[i] = c.Name
	}
	return fmt.Sprintf("profit=%d weight=%d [%s]", p.Profit, p.Weight, strings.Join(names, " "))
}

// best solves the 0/1 knapsack problem with a full DP table so the
// chosen items can be recovered afterwards.
func best(items []Cargo, capacity int) Plan {
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
				dp[i][w] = max(dp[i][w], dp[i-1][w-it.Weight]+it.Profit)
			}
		}
	}
	var plan Plan
	w := capacity
	for i := n; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			it := items[i-1]
			plan.Chosen = append(plan.Chosen, it)
			plan.Weight += it.Weight
			plan.Profit += it.Profit
			w -= it.Weight
		}
	}
	slices.Reverse(plan.Chosen)
	return plan
}

func greedy(items []Cargo, capacity int) Plan {
	sorted := slices.Clone(items)
	slices.SortStableFunc(sorted, func(a, b Cargo) int {
		// compare profit density a.P/a.W vs b.P/b.W without floats
		return b.Profit*a.Weight - a.Profit*b.Weight
	})
	var plan Plan
	for _, c := range sorted {
		if plan.Weight+c.Weight <= capacity {
			plan.Chosen = append(plan.Chosen, c)
			plan.Weight += c.Weight
			plan.Profit += c.Profit
		}
	}
	return plan
}

func main() {
	items := []Cargo{
		{"steel", 12, 40}, {"grain", 7, 25}, {"timber", 11, 31},
		{"machinery", 8, 33}, {"textiles", 4, 12}, {"fuel", 9, 30},
		{"ceramics", 5, 18}, {"copper", 6, 27},
	}
	for _, capacity := range []int{10, 20, 30, 45} {
		d := best(items, capacity)
		g := greedy(items, capacity)
		fmt.Printf("cap %2d\n  dp     %v\n  greedy %v\n", capacity, d, g)
		if g.Profit < d.Profit {
			fmt.Printf("  greedy loses %d\n", d.Profit-g.Profit)
		}
	}
}
