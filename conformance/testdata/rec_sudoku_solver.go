package main

import (
	"fmt"
	"strings"
)

// Grid is a square sudoku of side n*n, with 0 meaning empty.
type Grid struct {
	box   int
	cells [][]int
}

func parse(box int, rows ...string) Grid {
	g := Grid{box: box}
	for _, r := range rows {
		var row []int
		for _, ch := range strings.ReplaceAll(r, " ", "") {
			if ch == '.' {
				row = append(row, 0)
			} else {
				row = append(row, int(ch-'0'))
			}
		}
		g.cells = append(g.cells, row)
	}
	return g
}

func (g Grid) allowed(r, c, v int) bool {
	n := len(g.cells)
	for i := 0; i < n; i++ {
		if g.cells[r][i] == v || g.cells[i][c] == v {
			return false
		}
	}
	br, bc := r/g.box*g.box, c/g.box*g.box
	for i := br; i < br+g.box; i++ {
		for j := bc; j < bc+g.box; j++ {
			if g.cells[i][j] == v {
				return false
			}
		}
	}
	return true
}

// solve fills the grid; it stops after limit solutions and returns how many
// it found. The grid is left holding the first solution.
func (g Grid) solve(limit int) int {
	n := len(g.cells)
	var first [][]int
	var rec func(pos int) int
	rec = func(pos int) int {
		for pos < n*n && g.cells[pos/n][pos%n] != 0 {
			pos++
		}
		if pos == n*n {
			if first == nil {
				for _, row := range g.cells {
					first = append(first, append([]int(nil), row...))
				}
			}
			return 1
		}
		r, c := pos/n, pos%n
		found := 0
		for v := 1; v <= n && found < limit; v++ {
			if g.allowed(r, c, v) {
				g.cells[r][c] = v
				found += rec(pos + 1)
				g.cells[r][c] = 0
			}
		}
		return found
	}
	count := rec(0)
	if first != nil {
		copy(g.cells, first)
	}
	return count
}

func (g Grid) String() string {
	var sb strings.Builder
	for r, row := range g.cells {
		if r > 0 && r%g.box == 0 {
			sb.WriteString(strings.Repeat("-", 2*len(row)+2*(g.box-1)-1) + "\n")
		}
		for c, v := range row {
			if c > 0 && c%g.box == 0 {
				sb.WriteString("| ")
			}
			fmt.Fprintf(&sb, "%d", v)
			if c < len(row)-1 {
				sb.WriteString(" ")
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	puzzle := parse(3,
		"53. .7. ...",
		"6.. 195 ...",
		".98 ... .6.",
		"8.. .6. ..3",
		"4.. 8.3 ..1",
		"7.. .2. ..6",
		".6. ... 28.",
		"... 419 ..5",
		"... .8. .79",
	)
	n := puzzle.solve(2)
	fmt.Printf("classic puzzle: %d solution(s)\n", n)
	fmt.Print(puzzle)

	empty := parse(2, ".. ..", ".. ..", ".. ..", ".. ..")
	fmt.Println("complete 4x4 grids:", empty.solve(1000))

	loose := parse(2, "1. ..", ".. ..", ".. ..", ".. .4")
	fmt.Println("4x4 with two givens:", loose.solve(1000), "solutions")
	bad := parse(2, "12 ..", "3. ..", ".. ..", ".. ..")
	fmt.Println("4x4 with a dead cell:", bad.solve(1000), "solutions")
}
