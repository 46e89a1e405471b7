package main

import (
	"errors"
	"fmt"
	"strings"
)

type Grid [9][9]int8

var ErrUnsolvable = errors.New("puzzle has no solution")

type ParseError struct {
	Pos  int
	Char rune
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("bad character %q at position %d", e.Char, e.Pos)
}

func Parse(s string) (Grid, error) {
	var g Grid
	s = strings.Join(strings.Fields(s), "")
	if len(s) != 81 {
		return g, fmt.Errorf("need 81 cells, got %d", len(s))
	}
	for i, c := range s {
		switch {
		case c == '.' || c == '0':
		case c >= '1' && c <= '9':
			g[i/9][i%9] = int8(c - '0')
		default:
			return g, &ParseError{i, c}
		}
	}
	return g, nil
}

func (g *Grid) candidates(r, c int) (mask uint16) {
	for i := 0; i < 9; i++ {
		mask |= 1<<g[r][i] | 1<<g[i][c]
	}
	br, bc := r/3*3, c/3*3
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			mask |= 1 << g[br+i][bc+j]
		}
	}
	return ^mask & 0x3FE // bits 1..9 that are still free
}

// Solve uses backtracking, always filling the empty cell with the fewest candidates.
func (g *Grid) Solve(steps *int) bool {
	bestR, bestC, bestN := -1, -1, 10
	var bestMask uint16
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			m := g.candidates(r, c)
			n := 0
			for b := m; b != 0; b &= b - 1 {
				n++
			}
			if n < bestN {
				bestR, bestC, bestN, bestMask = r, c, n, m
			}
		}
	}
	if bestR < 0 {
		return true
	}
	for d := int8(1); d <= 9; d++ {
		if bestMask&(1<<d) == 0 {
			continue
		}
		*steps++
		g[bestR][bestC] = d
		if g.Solve(steps) {
			return true
		}
	}
	g[bestR][bestC] = 0
	return false
}

func (g Grid) String() string {
	var b strings.Builder
	for r, row := range g {
		if r%3 == 0 && r > 0 {
			b.WriteString("------+-------+------\n")
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				b.WriteString("| ")
			}
			if v == 0 {
				b.WriteString(". ")
			} else {
				fmt.Fprintf(&b, "%d ", v)
			}
		}
		b.WriteString("\n")
	}
	return strings.ReplaceAll(b.String(), " \n", "\n")
}

func solve(name, src string) error {
	g, err := Parse(src)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	steps := 0
	if !g.Solve(&steps) {
		return fmt.Errorf("%s: %w after %d steps", name, ErrUnsolvable, steps)
	}
	fmt.Printf("%s solved in %d placements:\n%v", name, steps, g)
	return nil
}

func main() {
	puzzles := []struct{ name, src string }{
		{"classic", `53..7.... 6..195... .98....6. 8...6...3 4..8.3..1
		             7...2...6 .6....28. ...419..5 ....8..79`},
		{"hard", `8........ ..36..... .7..9.2.. .5...7... ....457..
		          ...1...3. ..1....68 ..85...1. .9....4..`},
		{"typo", `53..7.... 6..195... .98....6. 8...6...3 4..8.3..1
		          7...2...6 .6....28. ...419..5 ....8..7x`},
		{"broken", `55..7.... 6..195... .98....6. 8...6...3 4..8.3..1
		            7...2...6 .6....28. ...419..5 ....8..79`},
	}
	for _, p := range puzzles {
		err := solve(p.name, p.src)
		var pe *ParseError
		switch {
		case errors.As(err, &pe):
			fmt.Printf("parse failure in row %d col %d: %v\n", pe.Pos/9+1, pe.Pos%9+1, err)
		case errors.Is(err, ErrUnsolvable):
			fmt.Println("gave up:", err)
		}
	}
}
