package main

import (
	"fmt"
	"iter"
	"strings"
)

// Grid is a simple character canvas.
type Grid struct {
	W, H  int
	cells [][]byte
}

func NewGrid(w, h int) *Grid {
	g := &Grid{W: w, H: h, cells: make([][]byte, h)}
	for y := range g.cells {
		g.cells[y] = []byte(strings.Repeat(".", w))
	}
	return g
}

func (g *Grid) Set(x, y int, c byte) {
	if x >= 0 && x < g.W && y >= 0 && y < g.H {
		g.cells[y][x] = c
	}
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g.cells {
		sb.Write(row)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// LinePoints yields the points on a Bresenham line from (x0,y0) to (x1,y1).
func LinePoints(x0, y0, x1, y1 int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		dx, dy := abs(x1-x0), -abs(y1-y0)
		sx, sy := 1, 1
		if x0 > x1 {
			sx = -1
		}
		if y0 > y1 {
			sy = -1
		}
		err := dx + dy
		for {
			if !yield(x0, y0) {
				return
			}
			if x0 == x1 && y0 == y1 {
				return
			}
			e2 := 2 * err
			if e2 >= dy {
				err += dy
				x0 += sx
			}
			if e2 <= dx {
				err += dx
				y0 += sy
			}
		}
	}
}

type segment struct {
	x0, y0, x1, y1 int
	ch             byte
}

func main() {
	g := NewGrid(41, 17)
	cx, cy := 20, 8
	targets := []segment{
		{cx, cy, 40, 8, '-'},
		{cx, cy, 40, 0, '/'},
		{cx, cy, 20, 0, '|'},
		{cx, cy, 0, 0, '\\'},
		{cx, cy, 0, 8, '-'},
		{cx, cy, 0, 16, '/'},
		{cx, cy, 20, 16, '|'},
		{cx, cy, 40, 16, '\\'},
		{cx, cy, 30, 16, 'o'},
	}
	for i, s := range targets {
		n := 0
		for x, y := range LinePoints(s.x0, s.y0, s.x1, s.y1) {
			g.Set(x, y, s.ch)
			n++
		}
		fmt.Printf("line %d: (%d,%d)->(%d,%d) char %q pixels=%d\n", i, s.x0, s.y0, s.x1, s.y1, s.ch, n)
	}
	g.Set(cx, cy, '@')
	fmt.Print(g)

	fmt.Print("first 5 points of steep line: ")
	count := 0
	for x, y := range LinePoints(0, 0, 3, 10) {
		if count == 5 {
			break
		}
		fmt.Printf("(%d,%d) ", x, y)
		count++
	}
	fmt.Println()
}
