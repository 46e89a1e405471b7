package main

import (
	"fmt"
	"strings"
)

type Scoring struct {
	Match, Mismatch, Gap int
}

type Aligner interface {
	Align(a, b string) Result
	Name() string
}

type Result struct {
	Score    int
	Top, Bot string
}

func (r Result) Identity() float64 {
	same := 0
	for i := range len(r.Top) {
		if r.Top[i] == r.Bot[i] && r.Top[i] != '-' {
			same++
		}
	}
	return 100 * float64(same) / float64(len(r.Top))
}

type NeedlemanWunsch struct {
	Scoring
}

func (NeedlemanWunsch) Name() string { return "needleman-wunsch" }

func (nw NeedlemanWunsch) score(x, y byte) int {
	if x == y {
		return nw.Match
	}
	return nw.Mismatch
}

func (nw NeedlemanWunsch) Align(a, b string) Result {
	n, m := len(a), len(b)
	F := make([][]int, n+1)
	for i := range F {
		F[i] = make([]int, m+1)
		F[i][0] = i * nw.Gap
	}
	for j := 0; j <= m; j++ {
		F[0][j] = j * nw.Gap
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			F[i][j] = max(F[i-1][j-1]+nw.score(a[i-1], b[j-1]), F[i-1][j]+nw.Gap, F[i][j-1]+nw.Gap)
		}
	}
	var top, bot []byte
	i, j := n, m
	for i > 0 || j > 0 {
		if i > 0 && j > 0 && F[i][j] == F[i-1][j-1]+nw.score(a[i-1], b[j-1]) {
			top, bot = append(top, a[i-1]), append(bot, b[j-1])
			i--
			j--
		} else if i > 0 && F[i][j] == F[i-1][j]+nw.Gap {
			top, bot = append(top, a[i-1]), append(bot, '-')
			i--
		} else {
			top, bot = append(top, '-'), append(bot, b[j-1])
			j--
		}
	}
	rev := func(s []byte) string {
		for l, r := 0, len(s)-1; l < r; l, r = l+1, r-1 {
			s[l], s[r] = s[r], s[l]
		}
		return string(s)
	}
	return Result{F[n][m], rev(top), rev(bot)}
}

func midline(r Result) string {
	var sb strings.Builder
	for i := range len(r.Top) {
		switch {
		case r.Top[i] == r.Bot[i]:
			sb.WriteByte('|')
		case r.Top[i] == '-' || r.Bot[i] == '-':
			sb.WriteByte(' ')
		default:
			sb.WriteByte('.')
		}
	}
	return sb.String()
}

func main() {
	aligners := []Aligner{
		NeedlemanWunsch{Scoring{Match: 1, Mismatch: -1, Gap: -2}},
		NeedlemanWunsch{Scoring{Match: 2, Mismatch: -1, Gap: -1}},
	}
	pairs := [][2]string{
		{"GATTACA", "GCATGCU"},
		{"ACCGTGAAGCT", "ACGTGAGCT"},
		{"HEAGAWGHEE", "PAWHEAE"},
	}
	for _, al := range aligners {
		nw := al.(NeedlemanWunsch)
		fmt.Printf("== %s %+v ==\n", al.Name(), nw.Scoring)
		for _, p := range pairs {
			r := al.Align(p[0], p[1])
			fmt.Printf("%s\n%s\n%s\nscore=%d identity=%5.1f%%\n", r.Top, midline(r), r.Bot, r.Score, r.Identity())
		}
	}
	fmt.Printf("%T gap=%d\n", aligners[0], aligners[0].(NeedlemanWunsch).Gap)
}
