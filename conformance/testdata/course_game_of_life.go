// Lab 7b: Conway's game of life, rows split across goroutines.
// Every generation reads the current grid and writes a new one; the
// WaitGroup at the end of the generation is the barrier between phases.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(w, h int) *Grid {
	g := &Grid{w: w, h: h, cells: make([][]bool, h)}
	for y := range g.cells {
		g.cells[y] = make([]bool, w)
	}
	return g
}

func (g *Grid) Set(pattern []string, x0, y0 int) {
	for dy, row := range pattern {
		for dx, c := range row {
			if c == '#' {
				g.cells[(y0+dy)%g.h][(x0+dx)%g.w] = true
			}
		}
	}
}

func (g *Grid) neighbours(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.cells[(y+dy+g.h)%g.h][(x+dx+g.w)%g.w] {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Alive() int {
	n := 0
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
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

// Step computes the next generation using `workers` goroutines, each owning
// a band of rows in the output grid.
func (g *Grid) Step(workers int) *Grid {
	next := NewGrid(g.w, g.h)
	var wg sync.WaitGroup
	band := (g.h + workers - 1) / workers
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(y0, y1 int) {
			defer wg.Done()
			for y := y0; y < min(y1, g.h); y++ {
				for x := 0; x < g.w; x++ {
					n := g.neighbours(x, y)
					next.cells[y][x] = n == 3 || (n == 2 && g.cells[y][x])
				}
			}
		}(w*band, (w+1)*band)
	}
	wg.Wait()
	return next
}

func main() {
	g := NewGrid(14, 9)
	g.Set([]string{".#.", "..#", "###"}, 1, 1) // glider
	g.Set([]string{"###"}, 9, 6)               // blinker

	fmt.Println("generation 0, alive", g.Alive())
	fmt.Print(g)
	history := []int{g.Alive()}
	for gen := 1; gen <= 12; gen++ {
		g = g.Step(3)
		history = append(history, g.Alive())
	}
	fmt.Println("generation 12, alive", g.Alive())
	fmt.Print(g)
	fmt.Println("population history:", history)

	// The result must not depend on the number of workers.
	a, b := NewGrid(20, 20), NewGrid(20, 20)
	rpent := []string{".##", "##.", ".#."}
	a.Set(rpent, 8, 8)
	b.Set(rpent, 8, 8)
	for i := 0; i < 30; i++ {
		a = a.Step(1)
		b = b.Step(7)
	}
	fmt.Println("r-pentomino after 30 generations:", a.Alive(), "cells;",
		"1 worker vs 7 workers identical:", a.String() == b.String())
}
