package main

import (
	"fmt"
	"slices"
	"strings"
)

type Op struct {
	Kind byte // '=', 'S', 'I', 'D'
	A, B rune
}

func (o Op) String() string {
	switch o.Kind {
	case '=':
		return string(o.A)
	case 'S':
		return fmt.Sprintf("[%c->%c]", o.A, o.B)
	case 'I':
		return fmt.Sprintf("[+%c]", o.B)
	default:
		return fmt.Sprintf("[-%c]", o.A)
	}
}

func editDistance(a, b string) (int, []Op) {
	x, y := []rune(a), []rune(b)
	n, m := len(x), len(y)
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
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			dp[i][j] = min(dp[i-1][j-1]+cost, dp[i-1][j]+1, dp[i][j-1]+1)
		}
	}
	var ops []Op
	i, j := n, m
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && x[i-1] == y[j-1] && dp[i][j] == dp[i-1][j-1]:
			ops = append(ops, Op{'=', x[i-1], y[j-1]})
			i, j = i-1, j-1
		case i > 0 && j > 0 && dp[i][j] == dp[i-1][j-1]+1:
			ops = append(ops, Op{'S', x[i-1], y[j-1]})
			i, j = i-1, j-1
		case i > 0 && dp[i][j] == dp[i-1][j]+1:
			ops = append(ops, Op{Kind: 'D', A: x[i-1]})
			i--
		default:
			ops = append(ops, Op{Kind: 'I', B: y[j-1]})
			j--
		}
	}
	slices.Reverse(ops)
	return dp[n][m], ops
}

func render(ops []Op) string {
	var sb strings.Builder
	for _, o := range ops {
		sb.WriteString(o.String())
	}
	return sb.String()
}

func main() {
	pairs := [][2]string{
		{"kitten", "sitting"},
		{"sunday", "saturday"},
		{"", "abc"},
		{"flaw", "lawn"},
		{"héllo", "hello"},
		{"same", "same"},
	}
	for _, p := range pairs {
		d, ops := editDistance(p[0], p[1])
		fmt.Printf("%q -> %q: %d  %s\n", p[0], p[1], d, render(ops))
	}
}
