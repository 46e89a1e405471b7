package main

import (
	"fmt"
	"slices"
	"strings"
)

func lcs(a, b string) (int, string) {
	x, y := []rune(a), []rune(b)
	dp := make([][]int, len(x)+1)
	for i := range dp {
		dp[i] = make([]int, len(y)+1)
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			if x[i-1] == y[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	// Walk back to recover one subsequence.
	var out []rune
	for i, j := len(x), len(y); i > 0 && j > 0; {
		switch {
		case x[i-1] == y[j-1]:
			out = append(out, x[i-1])
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	slices.Reverse(out)
	return dp[len(x)][len(y)], string(out)
}

type Op struct {
	Kind byte // '=', 'S', 'I', 'D'
	From rune
	To   rune
}

func (o Op) String() string {
	switch o.Kind {
	case 'S':
		return fmt.Sprintf("sub %c->%c", o.From, o.To)
	case 'I':
		return fmt.Sprintf("ins %c", o.To)
	case 'D':
		return fmt.Sprintf("del %c", o.From)
	}
	return fmt.Sprintf("keep %c", o.From)
}

func editDistance(a, b string) (int, []Op) {
	x, y := []rune(a), []rune(b)
	n, m := len(x), len(y)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
		dp[i][0] = i
	}
	for j := range m + 1 {
		dp[0][j] = j
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			dp[i][j] = min(dp[i-1][j]+1, dp[i][j-1]+1, dp[i-1][j-1]+cost)
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
			ops = append(ops, Op{'D', x[i-1], 0})
			i--
		default:
			ops = append(ops, Op{'I', 0, y[j-1]})
			j--
		}
	}
	slices.Reverse(ops)
	return dp[n][m], ops
}

func main() {
	pairs := [][2]string{
		{"ABCBDAB", "BDCABA"},
		{"dynamic", "programming"},
		{"kitten", "sitting"},
		{"sunday", "saturday"},
		{"", "abc"},
		{"héllo", "hello"},
	}
	for _, p := range pairs {
		n, s := lcs(p[0], p[1])
		fmt.Printf("LCS(%q, %q) = %d %q\n", p[0], p[1], n, s)
	}
	fmt.Println(strings.Repeat("-", 40))
	for _, p := range pairs[2:] {
		d, ops := editDistance(p[0], p[1])
		var changes []string
		for _, op := range ops {
			if op.Kind != '=' {
				changes = append(changes, op.String())
			}
		}
		fmt.Printf("edit(%q -> %q) = %d: %s\n", p[0], p[1], d, strings.Join(changes, ", "))
	}
	_, ops := editDistance("flaw", "lawn")
	fmt.Println("full script flaw->lawn:", ops)
}
