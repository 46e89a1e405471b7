package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
)

type Cell struct {
	Mine     bool
	Adjacent int
	Revealed bool
	Flagged  bool
}

type Field struct {
	W, H  int
	Cells [][]Cell
}

func NewField(w, h, mines int, rng *rand.Rand) *Field {
	f := &Field{W: w, H: h, Cells: make([][]Cell, h)}
	for y := range f.Cells {
		f.Cells[y] = make([]Cell, w)
	}
	// choose mine positions with a partial Fisher-Yates shuffle of all indices
	idx := rng.Perm(w * h)[:mines]
	for _, i := range idx {
		f.Cells[i/w][i%w].Mine = true
	}
	f.each(func(x, y int, c *Cell) {
		f.neighbors(x, y, func(nx, ny int) {
			if f.Cells[ny][nx].Mine {
				c.Adjacent++
			}
		})
	})
	return f
}

func (f *Field) each(fn func(x, y int, c *Cell)) {
	for y := range f.H {
		for x := range f.W {
			fn(x, y, &f.Cells[y][x])
		}
	}
}

func (f *Field) neighbors(x, y int, fn func(nx, ny int)) {
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			nx, ny := x+dx, y+dy
			if (dx != 0 || dy != 0) && nx >= 0 && ny >= 0 && nx < f.W && ny < f.H {
				fn(nx, ny)
			}
		}
	}
}

// Reveal opens a cell, flooding outward through cells with no adjacent mines.
// It returns the number of newly revealed cells and whether a mine was hit.
func (f *Field) Reveal(x, y int) (int, bool) {
	c := &f.Cells[y][x]
	if c.Revealed || c.Flagged {
		return 0, false
	}
	c.Revealed = true
	if c.Mine {
		return 1, true
	}
	opened := 1
	if c.Adjacent == 0 {
		f.neighbors(x, y, func(nx, ny int) {
			n, _ := f.Reveal(nx, ny)
			opened += n
		})
	}
	return opened, false
}

func (f *Field) Render(showMines bool) string {
	var sb strings.Builder
	sb.WriteString("   " + "012345678901"[:f.W] + "\n")
	for y, row := range f.Cells {
		fmt.Fprintf(&sb, "%2d ", y)
		for _, c := range row {
			switch {
			case c.Mine && (showMines || c.Revealed):
				sb.WriteByte('*')
			case c.Flagged:
				sb.WriteByte('F')
			case !c.Revealed:
				sb.WriteByte('#')
			case c.Adjacent == 0:
				sb.WriteByte(' ')
			default:
				sb.WriteByte(byte('0' + c.Adjacent))
			}
		}
		sb.WriteString("|\n")
	}
	return sb.String()
}

func main() {
	f := NewField(10, 8, 12, rand.New(rand.NewPCG(9, 3)))
	var safe, mine [2]int
	foundSafe, foundMine := false, false
	f.each(func(x, y int, c *Cell) {
		if c.Mine && !foundMine {
			mine, foundMine = [2]int{x, y}, true
		}
		if !c.Mine && c.Adjacent == 0 && !foundSafe {
			safe, foundSafe = [2]int{x, y}, true
		}
	})
	n, boom := f.Reveal(safe[0], safe[1])
	fmt.Printf("click %v: opened %d cells, boom=%t\n", safe, n, boom)
	fmt.Print(f.Render(false))

	f.Cells[7][9].Flagged = true
	hidden := 0
	f.each(func(x, y int, c *Cell) {
		if !c.Revealed {
			hidden++
		}
	})
	fmt.Printf("%d cells still hidden, flag placed at (9,7)\n", hidden)

	if _, boom := f.Reveal(mine[0], mine[1]); boom {
		fmt.Printf("click %v: BOOM! game over\n", mine)
		fmt.Print(f.Render(true))
		os.Exit(2)
	}
	fmt.Println("survived?!")
}
