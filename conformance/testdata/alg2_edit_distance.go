package main

import (
	"fmt"
	"strings"
)

type alignment struct {
	top, mid, bottom strings.Builder
	ops              map[string]int
}

func editDistance(a, b string) (int, *alignment) {
	n, m := len(a), len(b)
	d := make([][]int, n+1)
	for i := range d {
		d[i] = make([]int, m+1)
		d[i][0] = i
	}
	for j := 0; j <= m; j++ {
		d[0][j] = j
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			sub := 1
			if a[i-1] == b[j-1] {
				sub = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+sub)
		}
	}

	type step struct {
		x, y byte
		op   string
	}
	var steps []step
	i, j := n, m
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && a[i-1] == b[j-1] && d[i][j] == d[i-1][j-1]:
			steps = append(steps, step{a[i-1], b[j-1], "match"})
			i, j = i-1, j-1
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+1:
			steps = append(steps, step{a[i-1], b[j-1], "substitute"})
			i, j = i-1, j-1
		case i > 0 && d[i][j] == d[i-1][j]+1:
			steps = append(steps, step{a[i-1], '-', "delete"})
			i--
		default:
			steps = append(steps, step{'-', b[j-1], "insert"})
			j--
		}
	}
	al := &alignment{ops: map[string]int{}}
	marks := map[string]byte{"match": '|', "substitute": '*', "delete": 'D', "insert": 'I'}
	for k := len(steps) - 1; k >= 0; k-- {
		s := steps[k]
		al.top.WriteByte(s.x)
		al.mid.WriteByte(marks[s.op])
		al.bottom.WriteByte(s.y)
		al.ops[s.op]++
	}
	return d[n][m], al
}

func main() {
	pairs := [][2]string{
		{"kitten", "sitting"},
		{"sunday", "saturday"},
		{"intention", "execution"},
		{"", "abc"},
		{"algorithm", "altruistic"},
	}
	for _, p := range pairs {
		dist, al := editDistance(p[0], p[1])
		fmt.Printf("%q -> %q: distance %d (sub=%d ins=%d del=%d)\n", p[0], p[1], dist,
			al.ops["substitute"], al.ops["insert"], al.ops["delete"])
		fmt.Println("   ", al.top.String())
		fmt.Println("   ", al.mid.String())
		fmt.Println("   ", al.bottom.String())
	}
}
