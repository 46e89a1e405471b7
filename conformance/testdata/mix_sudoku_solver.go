package main

import (
	"fmt"
	"strings"
)

type Grid [9][9]int

func Parse(rows []string) Grid {
	var g Grid
	for r, line := range rows {
		for c, ch := range line {
			if ch >= '1' && ch <= '9' {
				g[r][c] = int(ch - '0')
			}
		}
	}
	return g
}

func (g *Grid) ok(r, c, v int) bool {
	br, bc := r/3*3, c/3*3
	for i := range 9 {
		if g[r][i] == v || g[i][c] == v || g[br+i/3][bc+i%3] == v {
			return false
		}
	}
	return true
}

func (g *Grid) Solve(steps *int) bool {
	for r := range 9 {
		for c := range 9 {
			if g[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if g.ok(r, c, v) {
					g[r][c] = v
					*steps++
					if g.Solve(steps) {
						return true
					}
					g[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func (g Grid) String() string {
	var sb strings.Builder
	for r, row := range g {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			fmt.Fprintf(&sb, "%c ", ".123456789"[v])
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	g := Parse([]string{
		"53..7....", "6..195...", ".98....6.",
		"8...6...3", "4..8.3..1", "7...2...6",
		".6....28.", "...419..5", "....8..79",
	})
	fmt.Print(g)
	steps := 0
	solved := g
	if solved.Solve(&steps) {
		fmt.Printf("solved in %d placements:\n%v", steps, solved)
	}
	valid := true
check:
	for r := range 9 {
		for c := range 9 {
			v := solved[r][c]
			solved[r][c] = 0
			if !solved.ok(r, c, v) {
				valid = false
				break check
			}
			solved[r][c] = v
		}
	}
	fmt.Println("valid:", valid, "original untouched:", g[0][2] == 0)
	bad := g
	bad[0][2] = 5
	fmt.Println("bad puzzle solvable:", bad.Solve(&steps))
}
