package main

import (
	"fmt"
	"strings"
)

// countQueens counts placements using bitmasks for columns and diagonals.
func countQueens(n int) int {
	full := (1 << n) - 1
	var solve func(cols, d1, d2 int) int
	solve = func(cols, d1, d2 int) int {
		if cols == full {
			return 1
		}
		total := 0
		free := full &^ (cols | d1 | d2)
		for free != 0 {
			bit := free & -free
			free &^= bit
			total += solve(cols|bit, (d1|bit)<<1&full, (d2|bit)>>1)
		}
		return total
	}
	return solve(0, 0, 0)
}

// firstSolution returns the first board found in row-major search order.
func firstSolution(n int) []int {
	pos := make([]int, n)
	var place func(row int) bool
	place = func(row int) bool {
		if row == n {
			return true
		}
		for c := 0; c < n; c++ {
			if safe(pos, row, c) {
				pos[row] = c
				if place(row + 1) {
					return true
				}
			}
		}
		return false
	}
	if !place(0) {
		return nil
	}
	return pos
}

func safe(pos []int, row, col int) bool {
	for r := 0; r < row; r++ {
		c := pos[r]
		if c == col || row-r == col-c || row-r == c-col {
			return false
		}
	}
	return true
}

func render(pos []int) string {
	var sb strings.Builder
	for _, c := range pos {
		cells := make([]string, len(pos))
		for i := range cells {
			cells[i] = "."
		}
		cells[c] = "Q"
		sb.WriteString(strings.Join(cells, " "))
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	for n := 1; n <= 10; n++ {
		fmt.Printf("n=%-2d solutions=%d\n", n, countQueens(n))
	}
	for _, n := range []int{3, 6, 8} {
		sol := firstSolution(n)
		if sol == nil {
			fmt.Printf("no solution for n=%d\n", n)
			continue
		}
		fmt.Printf("first solution for n=%d: %v\n", n, sol)
		fmt.Print(render(sol))
	}
}
