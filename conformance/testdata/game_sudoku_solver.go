package main

import (
	"fmt"
	"strings"
)

type Grid [9][9]int

func Parse(rows []string) (Grid, error) {
	var g Grid
	if len(rows) != 9 {
		return g, fmt.Errorf("need 9 rows, got %d", len(rows))
	}
	for r, line := range rows {
		line = strings.ReplaceAll(line, " ", "")
		if len(line) != 9 {
			return g, fmt.Errorf("row %d: need 9 cells, got %q", r, line)
		}
		for c, ch := range line {
			switch {
			case ch == '.':
				g[r][c] = 0
			case ch >= '1' && ch <= '9':
				g[r][c] = int(ch - '0')
			default:
				return g, fmt.Errorf("row %d col %d: bad char %q", r, c, ch)
			}
		}
	}
	return g, nil
}

func (g *Grid) canPlace(r, c, v int) bool {
	for i := range 9 {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

// Solve fills the grid in place using backtracking; steps counts placements tried.
func (g *Grid) Solve(steps *int) bool {
	for r := range 9 {
		for c := range 9 {
			if g[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if g.canPlace(r, c, v) {
					*steps++
					g[r][c] = v
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
		if r > 0 && r%3 == 0 {
			sb.WriteString("------+-------+------\n")
		}
		var line strings.Builder
		for c, v := range row {
			if c > 0 && c%3 == 0 {
				line.WriteString("| ")
			}
			if v == 0 {
				line.WriteString(". ")
			} else {
				fmt.Fprintf(&line, "%d ", v)
			}
		}
		sb.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
	return sb.String()
}

func main() {
	puzzle := []string{
		"53. .7. ...",
		"6.. 195 ...",
		".98 ... .6.",
		"8.. .6. ..3",
		"4.. 8.3 ..1",
		"7.. .2. ..6",
		".6. ... 28.",
		"... 419 ..5",
		"... .8. .79",
	}
	g, err := Parse(puzzle)
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	fmt.Println("Puzzle:")
	fmt.Print(g)
	steps := 0
	if g.Solve(&steps) {
		fmt.Printf("\nSolved after %d placements:\n", steps)
		fmt.Print(g)
	} else {
		fmt.Println("no solution")
	}
	if _, err := Parse([]string{"12x"}); err != nil {
		fmt.Println("bad input:", err)
	}
}
