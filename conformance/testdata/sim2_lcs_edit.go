package main

import (
	"fmt"
	"strings"
)

func table(rows, cols int) [][]int {
	t := make([][]int, rows)
	for i := range t {
		t[i] = make([]int, cols)
	}
	return t
}

// LCS returns one longest common subsequence of a and b.
func LCS(a, b string) string {
	ra, rb := []rune(a), []rune(b)
	dp := table(len(ra)+1, len(rb)+1)
	for i := len(ra) - 1; i >= 0; i-- {
		for j := len(rb) - 1; j >= 0; j-- {
			if ra[i] == rb[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var sb strings.Builder
	i, j := 0, 0
	for i < len(ra) && j < len(rb) {
		switch {
		case ra[i] == rb[j]:
			sb.WriteRune(ra[i])
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

type OpKind int

const (
	Keep OpKind = iota
	Substitute
	Insert
	Delete
)

func (k OpKind) String() string {
	return [...]string{"keep", "sub", "ins", "del"}[k]
}

type Op struct {
	Kind OpKind
	A, B rune
}

// EditScript computes the Levenshtein distance and an edit script.
func EditScript(a, b string) (int, []Op) {
	ra, rb := []rune(a), []rune(b)
	n, m := len(ra), len(rb)
	dp := table(n+1, m+1)
	for i := 0; i <= n; i++ {
		dp[i][0] = i
	}
	for j := 0; j <= m; j++ {
		dp[0][j] = j
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			dp[i][j] = min(dp[i-1][j]+1, dp[i][j-1]+1, dp[i-1][j-1]+cost)
		}
	}
	var ops []Op
	i, j := n, m
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && ra[i-1] == rb[j-1] && dp[i][j] == dp[i-1][j-1]:
			ops = append(ops, Op{Keep, ra[i-1], rb[j-1]})
			i, j = i-1, j-1
		case i > 0 && j > 0 && dp[i][j] == dp[i-1][j-1]+1:
			ops = append(ops, Op{Substitute, ra[i-1], rb[j-1]})
			i, j = i-1, j-1
		case i > 0 && dp[i][j] == dp[i-1][j]+1:
			ops = append(ops, Op{Delete, ra[i-1], 0})
			i--
		default:
			ops = append(ops, Op{Insert, 0, rb[j-1]})
			j--
		}
	}
	for l, r := 0, len(ops)-1; l < r; l, r = l+1, r-1 {
		ops[l], ops[r] = ops[r], ops[l]
	}
	return dp[n][m], ops
}

func describe(ops []Op) string {
	var parts []string
	for _, op := range ops {
		switch op.Kind {
		case Keep:
			continue
		case Substitute:
			parts = append(parts, fmt.Sprintf("%v %c->%c", op.Kind, op.A, op.B))
		case Insert:
			parts = append(parts, fmt.Sprintf("%v %c", op.Kind, op.B))
		case Delete:
			parts = append(parts, fmt.Sprintf("%v %c", op.Kind, op.A))
		}
	}
	return strings.Join(parts, ", ")
}

func main() {
	pairs := [][2]string{
		{"kitten", "sitting"},
		{"ABCBDAB", "BDCABA"},
		{"saturday", "sunday"},
		{"intention", "execution"},
		{"", "abc"},
		{"gophers", "gophers"},
		{"naïve café", "naive cafe"},
	}
	for _, p := range pairs {
		d, ops := EditScript(p[0], p[1])
		fmt.Printf("%q vs %q\n", p[0], p[1])
		fmt.Printf("  lcs=%q distance=%d\n", LCS(p[0], p[1]), d)
		if d > 0 {
			fmt.Printf("  edits: %s\n", describe(ops))
		}
	}
}
