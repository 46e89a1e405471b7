package main

import (
	"fmt"
	"strings"
)

// Grid is a Conway's Game of Life board that wraps around at the edges.
type Grid struct {
	w, h  int
	cells []bool
}

func NewGrid(w, h int) *Grid {
	return &Grid{w: w, h: h, cells: make([]bool, w*h)}
}

func (g *Grid) index(x, y int) int {
	x = ((x % g.w) + g.w) % g.w
	y = ((y % g.h) + g.h) % g.h
	return y*g.w + x
}

func (g *Grid) Alive(x, y int) bool { return g.cells[g.index(x, y)] }

func (g *Grid) Set(x, y int, v bool) { g.cells[g.index(x, y)] = v }

func (g *Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Step() *Grid {
	next := NewGrid(g.w, g.h)
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			n := g.Neighbors(x, y)
			alive := g.Alive(x, y)
			next.Set(x, y, n == 3 || (alive && n == 2))
		}
	}
	return next
}

func (g *Grid) Population() int {
	count := 0
	for _, c := range g.cells {
		if c {
			count++
		}
	}
	return count
}

func (g *Grid) String() string {
	var sb strings.Builder
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			if g.Alive(x, y) {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	g := NewGrid(8, 6)
	// A glider in the top-left corner.
	for _, p := range [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}} {
		g.Set(p[0], p[1], true)
	}
	// A blinker on the right side.
	for _, p := range [][2]int{{6, 3}, {6, 4}, {6, 5}} {
		g.Set(p[0], p[1], true)
	}
	for gen := 0; gen <= 4; gen++ {
		if gen%2 == 0 {
			fmt.Printf("generation %d (population %d)\n", gen, g.Population())
			fmt.Print(g)
		}
		g = g.Step()
	}
	history := []int{}
	for i := 0; i < 12; i++ {
		history = append(history, g.Population())
		g = g.Step()
	}
	fmt.Println("populations for generations 5..16:", history)
}
