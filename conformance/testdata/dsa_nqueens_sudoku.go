package main

import (
	"fmt"
	"strings"
)

// nQueens counts solutions using bitmasks and returns the first board found.
func nQueens(n int) (int, []int) {
	count := 0
	var first []int
	cols := make([]int, 0, n)
	full := 1<<n - 1
	var place func(row, colMask, d1, d2 int)
	place = func(row, colMask, d1, d2 int) {
		if row == n {
			if count == 0 {
				first = append([]int(nil), cols...)
			}
			count++
			return
		}
		free := full &^ (colMask | d1 | d2)
		for free != 0 {
			bit := free & -free
			free ^= bit
			c := 0
			for 1<<c != bit {
				c++
			}
			cols = append(cols, c)
			place(row+1, colMask|bit, (d1|bit)<<1&full, (d2|bit)>>1)
			cols = cols[:len(cols)-1]
		}
	}
	place(0, 0, 0, 0)
	return count, first
}

type Grid [9][9]int

func (g *Grid) String() string {
	var sb strings.Builder
	for r := 0; r < 9; r++ {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c := 0; c < 9; c++ {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			fmt.Fprintf(&sb, "%d", g[r][c])
			if c < 8 {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func (g *Grid) ok(r, c, v int) bool {
	br, bc := r/3*3, c/3*3
	for i := 0; i < 9; i++ {
		if g[r][i] == v || g[i][c] == v || g[br+i/3][bc+i%3] == v {
			return false
		}
	}
	return true
}

// Solve fills empty cells, choosing the cell with the fewest candidates first.
func (g *Grid) Solve(steps *int) bool {
	bestR, bestC, bestN := -1, -1, 10
search:
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			n := 0
			for v := 1; v <= 9; v++ {
				if g.ok(r, c, v) {
					n++
				}
			}
			if n < bestN {
				bestR, bestC, bestN = r, c, n
				if n <= 1 {
					break search
				}
			}
		}
	}
	if bestR < 0 {
		return true
	}
	for v := 1; v <= 9; v++ {
		if g.ok(bestR, bestC, v) {
			g[bestR][bestC] = v
			*steps++
			if g.Solve(steps) {
				return true
			}
			g[bestR][bestC] = 0
		}
	}
	return false
}

func main() {
	for n := 1; n <= 8; n++ {
		count, first := nQueens(n)
		fmt.Printf("n=%d solutions=%3d first=%v\n", n, count, first)
	}
	_, board := nQueens(6)
	for _, c := range board {
		row := strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 6-c-1)
		fmt.Println(strings.TrimRight(row, " "))
	}
	puzzle := []string{
		"530070000", "600195000", "098000060",
		"800060003", "400803001", "700020006",
		"060000280", "000419005", "000080079",
	}
	var g Grid
	for r, row := range puzzle {
		for c, ch := range row {
			g[r][c] = int(ch - '0')
		}
	}
	steps := 0
	solved := g.Solve(&steps)
	fmt.Printf("solved=%v placements=%d\n", solved, steps)
	fmt.Print(g.String())
}
