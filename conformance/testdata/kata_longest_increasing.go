package main

import (
	"fmt"
	"sort"
)

// LISQuadratic uses classic O(n^2) DP and reconstructs one sequence.
func LISQuadratic(a []int) []int {
	if len(a) == 0 {
		return nil
	}
	dp := make([]int, len(a))
	prev := make([]int, len(a))
	best := 0
	for i := range a {
		dp[i], prev[i] = 1, -1
		for j := 0; j < i; j++ {
			if a[j] < a[i] && dp[j]+1 > dp[i] {
				dp[i], prev[i] = dp[j]+1, j
			}
		}
		if dp[i] > dp[best] {
			best = i
		}
	}
	var out []int
	for i := best; i >= 0; i = prev[i] {
		out = append([]int{a[i]}, out...)
	}
	return out
}

// LISLength uses patience sorting with binary search: O(n log n).
func LISLength(a []int) int {
	var tails []int
	for _, x := range a {
		i := sort.SearchInts(tails, x)
		if i == len(tails) {
			tails = append(tails, x)
		} else {
			tails[i] = x
		}
	}
	return len(tails)
}

// lcg gives a deterministic pseudo-random sequence.
func lcg(seed uint32) func() int {
	state := seed
	return func() int {
		state = state*1664525 + 1013904223
		return int(state>>16) % 1000
	}
}

func main() {
	cases := [][]int{
		{10, 9, 2, 5, 3, 7, 101, 18},
		{0, 1, 0, 3, 2, 3},
		{7, 7, 7, 7},
		{1, 2, 3, 4, 5},
		{5, 4, 3, 2, 1},
		{3, 10, 2, 1, 20, 4, 6, 7, 30},
		{},
	}
	for _, c := range cases {
		seq := LISQuadratic(c)
		fmt.Printf("%-28s len=%d fast=%d seq=%v\n", fmt.Sprint(c), len(seq), LISLength(c), seq)
	}

	next := lcg(42)
	for _, n := range []int{10, 100, 1000, 2000} {
		a := make([]int, n)
		for i := range a {
			a[i] = next()
		}
		q, f := len(LISQuadratic(a)), LISLength(a)
		fmt.Printf("random n=%5d: quadratic=%3d fast=%3d agree=%t\n", n, q, f, q == f)
	}
}
