package main

import (
	"fmt"
	"slices"
	"strings"
)

type key struct{ i, j int }

// lcsMemo computes the LCS length top-down with a memo map.
func lcsMemo(a, b string) int {
	memo := make(map[key]int)
	var rec func(i, j int) int
	rec = func(i, j int) int {
		if i == len(a) || j == len(b) {
			return 0
		}
		k := key{i, j}
		if v, ok := memo[k]; ok {
			return v
		}
		res := max(rec(i+1, j), rec(i, j+1))
		if a[i] == b[j] {
			res = 1 + rec(i+1, j+1)
		}
		memo[k] = res
		return res
	}
	return rec(0, 0)
}

// lcsTable builds the bottom-up table and reconstructs one LCS string.
func lcsTable(a, b string) (length int, seq string) {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	var rev []byte
	for i, j := n, m; i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			rev = append(rev, a[i-1])
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	slices.Reverse(rev)
	return dp[n][m], string(rev)
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func main() {
	pairs := [][2]string{
		{"ABCBDAB", "BDCABA"},
		{"AGGTAB", "GXTXAYB"},
		{"kitten", "sitting"},
		{"", "abc"},
		{"same", "same"},
	}
	fmt.Printf("%-8s %-8s %4s %4s %-6s %4s\n", "a", "b", "memo", "tab", "lcs", "edit")
	fmt.Println(strings.Repeat("-", 40))
	for _, p := range pairs {
		l, s := lcsTable(p[0], p[1])
		fmt.Printf("%-8s %-8s %4d %4d %-6s %4d\n", p[0], p[1], lcsMemo(p[0], p[1]), l, s, editDistance(p[0], p[1]))
	}
}
