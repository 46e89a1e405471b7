// Connect four: drop discs from a fixed move list and detect four in a row.
package main

import (
	"errors"
	"fmt"
	"strings"
)

const (
	Rows = 6
	Cols = 7
)

type Disc rune

type Grid [Rows][Cols]Disc

type ColumnFullError struct{ Col int }

func (e ColumnFullError) Error() string { return fmt.Sprintf("column %d is full", e.Col) }

func (g *Grid) Drop(col int, d Disc) (int, error) {
	for r := Rows - 1; r >= 0; r-- {
		if g[r][col] == 0 {
			g[r][col] = d
			return r, nil
		}
	}
	return -1, ColumnFullError{col}
}

// CountDir counts discs equal to d starting next to (r, c) in direction (dr, dc).
func (g *Grid) CountDir(r, c, dr, dc int, d Disc) int {
	n := 0
	for r, c = r+dr, c+dc; r >= 0 && r < Rows && c >= 0 && c < Cols && g[r][c] == d; r, c = r+dr, c+dc {
		n++
	}
	return n
}

func (g *Grid) Wins(r, c int) (string, bool) {
	d := g[r][c]
	axes := []struct {
		name   string
		dr, dc int
	}{{"horizontal", 0, 1}, {"vertical", 1, 0}, {"diagonal /", -1, 1}, {"diagonal \\", 1, 1}}
	for _, a := range axes {
		if 1+g.CountDir(r, c, a.dr, a.dc, d)+g.CountDir(r, c, -a.dr, -a.dc, d) >= 4 {
			return a.name, true
		}
	}
	return "", false
}

func (g Grid) String() string {
	var b strings.Builder
	for _, row := range g {
		b.WriteString("|")
		for _, d := range row {
			if d == 0 {
				d = ' '
			}
			b.WriteRune(rune(d))
		}
		b.WriteString("|\n")
	}
	b.WriteString("+0123456+\n")
	return b.String()
}

func play(title string, moves []int) {
	var g Grid
	players := [2]Disc{'R', 'Y'}
	fmt.Println("#", title)
	turn := 0
	for i, col := range moves {
		p := players[turn%2]
		row, err := g.Drop(col, p)
		var full ColumnFullError
		if errors.As(err, &full) {
			fmt.Printf("  move %2d: %c rejected, %v\n", i+1, p, full)
			continue
		}
		if how, ok := g.Wins(row, col); ok {
			fmt.Printf("  move %2d: %c wins %s at row %d col %d\n", i+1, p, how, row, col)
			break
		}
		turn++
	}
	fmt.Print(g)
}

func main() {
	play("vertical stack", []int{3, 4, 3, 4, 3, 4, 3})
	play("rising diagonal", []int{0, 1, 1, 2, 2, 3, 2, 3, 3, 6, 3})
	play("full column", []int{5, 5, 5, 5, 5, 5, 5, 0, 0, 1, 0, 2, 0, 3})
}
