package main

import (
	"fmt"
	"slices"
)

type rodCutter struct {
	prices []int // prices[i] is the price of a piece of length i+1
	memo   map[int]int
	calls  int
}

func (r *rodCutter) best(n int) int {
	r.calls++
	if n == 0 {
		return 0
	}
	if v, ok := r.memo[n]; ok {
		return v
	}
	result := 0
	for cut := 1; cut <= n && cut <= len(r.prices); cut++ {
		result = max(result, r.prices[cut-1]+r.best(n-cut))
	}
	r.memo[n] = result
	return result
}

func bottomUp(prices []int, n int) (int, []int) {
	value := make([]int, n+1)
	first := make([]int, n+1)
	for length := 1; length <= n; length++ {
		for cut := 1; cut <= length && cut <= len(prices); cut++ {
			if v := prices[cut-1] + value[length-cut]; v > value[length] {
				value[length], first[length] = v, cut
			}
		}
	}
	var pieces []int
	for rest := n; rest > 0; rest -= first[rest] {
		pieces = append(pieces, first[rest])
	}
	slices.Sort(pieces)
	return value[n], pieces
}

func naive(prices []int, n int, calls *int) int {
	*calls++
	best := 0
	for cut := 1; cut <= n && cut <= len(prices); cut++ {
		best = max(best, prices[cut-1]+naive(prices, n-cut, calls))
	}
	return best
}

func main() {
	prices := []int{1, 5, 8, 9, 10, 17, 17, 20, 24, 30}
	fmt.Println("prices:", prices)
	rc := &rodCutter{prices: prices, memo: map[int]int{}}
	for n := 1; n <= 12; n++ {
		top := rc.best(n)
		v, pieces := bottomUp(prices, n)
		fmt.Printf("n=%2d best=%2d pieces=%v agree=%v\n", n, v, pieces, v == top)
	}
	fmt.Println("memoized calls in total:", rc.calls, "memo size:", len(rc.memo))

	calls := 0
	v := naive(prices, 12, &calls)
	fmt.Printf("naive recursion for n=12: value=%d calls=%d\n", v, calls)

	fresh := &rodCutter{prices: prices, memo: map[int]int{}}
	fresh.best(12)
	fmt.Printf("memoized recursion for n=12: calls=%d\n", fresh.calls)
}
