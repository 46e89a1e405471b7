package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// editDistance returns the Levenshtein distance and an edit script.
func editDistance(a, b string) (int, []string) {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
		dp[i][0] = i
	}
	for j := 0; j <= m; j++ {
		dp[0][j] = j
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1]
			} else {
				dp[i][j] = 1 + min(dp[i-1][j-1], dp[i-1][j], dp[i][j-1])
			}
		}
	}
	var ops []string
	for i, j := n, m; i > 0 || j > 0; {
		switch {
		case i > 0 && j > 0 && a[i-1] == b[j-1]:
			i, j = i-1, j-1
		case i > 0 && j > 0 && dp[i][j] == dp[i-1][j-1]+1:
			ops = append(ops, fmt.Sprintf("replace %c->%c at %d", a[i-1], b[j-1], i-1))
			i, j = i-1, j-1
		case i > 0 && dp[i][j] == dp[i-1][j]+1:
			ops = append(ops, fmt.Sprintf("delete %c at %d", a[i-1], i-1))
			i--
		default:
			ops = append(ops, fmt.Sprintf("insert %c at %d", b[j-1], i))
			j--
		}
	}
	slices.Reverse(ops)
	return dp[n][m], ops
}

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = 1 + dp[i+1][j+1]
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var sb strings.Builder
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			sb.WriteByte(a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return sb.String()
}

// lis returns one longest strictly increasing subsequence in O(n log n).
func lis(a []int) []int {
	var tails, tailIdx []int
	prev := make([]int, len(a))
	for i, v := range a {
		k := sort.SearchInts(tails, v)
		if k == len(tails) {
			tails, tailIdx = append(tails, v), append(tailIdx, i)
		} else {
			tails[k], tailIdx[k] = v, i
		}
		prev[i] = -1
		if k > 0 {
			prev[i] = tailIdx[k-1]
		}
	}
	out := make([]int, len(tails))
	for i, k := len(tails)-1, tailIdx[len(tailIdx)-1]; i >= 0; i, k = i-1, prev[k] {
		out[i] = a[k]
	}
	return out
}

func main() {
	pairs := [][2]string{{"kitten", "sitting"}, {"horse", "ros"}, {"intention", "execution"}, {"", "abc"}, {"same", "same"}}
	for _, p := range pairs {
		d, ops := editDistance(p[0], p[1])
		fmt.Printf("edit(%q, %q) = %d\n", p[0], p[1], d)
		for _, op := range ops {
			fmt.Println("   ", op)
		}
	}
	for _, p := range [][2]string{{"ABCBDAB", "BDCABA"}, {"AGGTAB", "GXTXAYB"}, {"abc", "def"}} {
		s := lcs(p[0], p[1])
		fmt.Printf("lcs(%s, %s) = %q len=%d\n", p[0], p[1], s, len(s))
	}
	for _, a := range [][]int{{10, 9, 2, 5, 3, 7, 101, 18}, {0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15}, {5, 4, 3}} {
		s := lis(a)
		fmt.Printf("lis(%v) = %v (len %d)\n", a, s, len(s))
	}
}
