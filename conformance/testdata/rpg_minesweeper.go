// Minesweeper: seeded mine placement, neighbour counts and flood reveal of zeros.
package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Field struct {
	W, H     int
	mine     [][]bool
	open     [][]bool
	revealed int
}

func grid[T any](w, h int) [][]T {
	g := make([][]T, h)
	for y := range g {
		g[y] = make([]T, w)
	}
	return g
}

func NewField(w, h, mines int, r *rand.Rand) *Field {
	f := &Field{W: w, H: h, mine: grid[bool](w, h), open: grid[bool](w, h)}
	for _, idx := range r.Perm(w * h)[:mines] {
		f.mine[idx/w][idx%w] = true
	}
	return f
}

func (f *Field) neighbors(x, y int, visit func(nx, ny int)) {
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			nx, ny := x+dx, y+dy
			if (dx != 0 || dy != 0) && nx >= 0 && ny >= 0 && nx < f.W && ny < f.H {
				visit(nx, ny)
			}
		}
	}
}

func (f *Field) Count(x, y int) int {
	n := 0
	f.neighbors(x, y, func(nx, ny int) {
		if f.mine[ny][nx] {
			n++
		}
	})
	return n
}

// Click opens a cell; it reports false if a mine went off.
func (f *Field) Click(x, y int) bool {
	if f.open[y][x] {
		return true
	}
	f.open[y][x] = true
	if f.mine[y][x] {
		return false
	}
	f.revealed++
	if f.Count(x, y) == 0 {
		f.neighbors(x, y, func(nx, ny int) { f.Click(nx, ny) })
	}
	return true
}

func (f *Field) Render(showMines bool) string {
	var b strings.Builder
	for y := range f.H {
		for x := range f.W {
			opened := showMines || f.open[y][x]
			switch {
			case !opened:
				b.WriteByte('#')
			case f.mine[y][x]:
				b.WriteByte('*')
			case f.Count(x, y) == 0:
				b.WriteByte('.')
			default:
				b.WriteByte(byte('0' + f.Count(x, y)))
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	f := NewField(10, 7, 10, r)
	fmt.Print("solution:\n", f.Render(true))
	safe := f.W*f.H - 10
	clicks := [][2]int{{0, 0}, {9, 6}, {5, 3}, {2, 5}, {7, 1}, {4, 4}, {8, 3}}
	for _, c := range clicks {
		ok := f.Click(c[0], c[1])
		fmt.Printf("click %v: alive=%t revealed %d/%d\n", c, ok, f.revealed, safe)
		if !ok {
			break
		}
	}
	fmt.Print("board:\n", f.Render(false))
}
