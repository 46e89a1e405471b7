package main

import (
	"fmt"
	"strings"
)

type Op byte

const (
	Match Op = iota
	Sub
	Ins
	Del
)

func (o Op) String() string {
	return [...]string{"M", "S", "I", "D"}[o]
}

type Alignment struct {
	A, B     string
	Ops      []Op
	Distance int
}

func (al Alignment) String() string {
	var ops strings.Builder
	for _, o := range al.Ops {
		ops.WriteString(o.String())
	}
	return fmt.Sprintf("%s\n%s\n%s\ndistance=%d", al.A, ops.String(), al.B, al.Distance)
}

func EditDistance(a, b string) Alignment {
	n, m := len(a), len(b)
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
			if a[i-1] == b[j-1] {
				cost = 0
			}
			dp[i][j] = min(dp[i-1][j]+1, dp[i][j-1]+1, dp[i-1][j-1]+cost)
		}
	}
	// traceback
	var ra, rb []byte
	var ops []Op
	i, j := n, m
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && a[i-1] == b[j-1] && dp[i][j] == dp[i-1][j-1]:
			ra, rb, ops = append(ra, a[i-1]), append(rb, b[j-1]), append(ops, Match)
			i, j = i-1, j-1
		case i > 0 && j > 0 && dp[i][j] == dp[i-1][j-1]+1:
			ra, rb, ops = append(ra, a[i-1]), append(rb, b[j-1]), append(ops, Sub)
			i, j = i-1, j-1
		case i > 0 && dp[i][j] == dp[i-1][j]+1:
			ra, rb, ops = append(ra, a[i-1]), append(rb, '-'), append(ops, Del)
			i--
		default:
			ra, rb, ops = append(ra, '-'), append(rb, b[j-1]), append(ops, Ins)
			j--
		}
	}
	reverse(ra)
	reverse(rb)
	reverse(ops)
	return Alignment{string(ra), string(rb), ops, dp[n][m]}
}

func reverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	pairs := [][2]string{
		{"PLEASANTLY", "MEANLY"},
		{"GATTACA", "GCATGCU"},
		{"kitten", "sitting"},
		{"ACGTACGT", "ACGTACGT"},
		{"", "ACG"},
		{"AGGCTATCACCTGAC", "TAGCTATCACGACCGC"},
	}
	for _, p := range pairs {
		al := EditDistance(p[0], p[1])
		fmt.Println(al)
		counts := map[Op]int{}
		for _, o := range al.Ops {
			counts[o]++
		}
		fmt.Printf("ops: M=%d S=%d I=%d D=%d\n\n", counts[Match], counts[Sub], counts[Ins], counts[Del])
	}
	fmt.Printf("%v %d %T\n", Del, Del, Del)
}
