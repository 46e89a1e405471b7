package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(w, h int) *Grid {
	g := &Grid{w: w, h: h, cells: make([][]bool, h)}
	for y := range h {
		g.cells[y] = make([]bool, w)
	}
	return g
}

func FromPattern(w, h int, pattern ...string) *Grid {
	g := NewGrid(w, h)
	for y, line := range pattern {
		for x, ch := range line {
			g.cells[y][x] = ch == '#'
		}
	}
	return g
}

// Alive wraps around the edges, so the board is a torus.
func (g *Grid) Alive(x, y int) bool {
	x = (x + g.w) % g.w
	y = (y + g.h) % g.h
	return g.cells[y][x]
}

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
	for y := range g.h {
		for x := range g.w {
			n := g.Neighbors(x, y)
			next.cells[y][x] = n == 3 || (n == 2 && g.cells[y][x])
		}
	}
	return next
}

func (g *Grid) Population() int {
	total := 0
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				total++
			}
		}
	}
	return total
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g.cells {
		for _, c := range row {
			if c {
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
	g := FromPattern(6, 6,
		".#....",
		"..#...",
		"###...",
	)
	for gen := range 5 {
		fmt.Printf("generation %d (population %d)\n", gen, g.Population())
		if gen%2 == 0 {
			fmt.Print(g)
		}
		g = g.Step()
	}

	// A glider on a torus returns to its starting shape after 4*size steps.
	start := FromPattern(6, 6, ".#....", "..#...", "###...")
	cur := start
	period := 0
	for i := 1; i <= 100; i++ {
		cur = cur.Step()
		if cur.String() == start.String() {
			period = i
			break
		}
	}
	fmt.Println("glider returns home after", period, "steps")

	blinker := FromPattern(5, 5, ".....", "..#..", "..#..", "..#..")
	fmt.Printf("blinker: %q -> %q\n", strings.ReplaceAll(blinker.String(), "\n", "/"),
		strings.ReplaceAll(blinker.Step().String(), "\n", "/"))
}
