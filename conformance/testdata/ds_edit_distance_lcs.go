package main

import (
	"fmt"
	"strings"
)

func lcs(a, b string) string {
	ra, rb := []rune(a), []rune(b)
	dp := make([][]int, len(ra)+1)
	for i := range dp {
		dp[i] = make([]int, len(rb)+1)
	}
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
	return "keep " + string(o.From)
}

func editDistance(a, b string) (int, []Op) {
	ra, rb := []rune(a), []rune(b)
	m, n := len(ra), len(rb)
	d := make([][]int, m+1)
	for i := range d {
		d[i] = make([]int, n+1)
		d[i][0] = i
	}
	for j := 0; j <= n; j++ {
		d[0][j] = j
	}
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
		}
	}
	var ops []Op
	i, j := m, n
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && ra[i-1] == rb[j-1] && d[i][j] == d[i-1][j-1]:
			ops = append(ops, Op{'=', ra[i-1], rb[j-1]})
			i, j = i-1, j-1
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+1:
			ops = append(ops, Op{'S', ra[i-1], rb[j-1]})
			i, j = i-1, j-1
		case i > 0 && d[i][j] == d[i-1][j]+1:
			ops = append(ops, Op{'D', ra[i-1], 0})
			i--
		default:
			ops = append(ops, Op{'I', 0, rb[j-1]})
			j--
		}
	}
	for l, r := 0, len(ops)-1; l < r; l, r = l+1, r-1 {
		ops[l], ops[r] = ops[r], ops[l]
	}
	return d[m][n], ops
}

func main() {
	pairs := [][2]string{
		{"kitten", "sitting"},
		{"flaw", "lawn"},
		{"intention", "execution"},
		{"", "abc"},
		{"same", "same"},
		{"naïve", "native"},
	}
	fmt.Printf("%-10s %-10s %4s  %s\n", "a", "b", "dist", "lcs")
	for _, p := range pairs {
		d, _ := editDistance(p[0], p[1])
		fmt.Printf("%-10s %-10s %4d  %q\n", p[0], p[1], d, lcs(p[0], p[1]))
	}
	fmt.Println()
	d, ops := editDistance("sunday", "saturday")
	fmt.Printf("sunday -> saturday in %d edits:\n", d)
	for i, op := range ops {
		if op.Kind != '=' {
			fmt.Printf("  %d. %v\n", i+1, op)
		}
	}
	var kinds []string
	for _, op := range ops {
		kinds = append(kinds, string(op.Kind))
	}
	fmt.Println("script:", strings.Join(kinds, ""))
}
