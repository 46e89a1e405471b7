package main

import (
	"fmt"
	"strings"
)

type Board struct {
	W, H  int
	cells []bool
}

func NewBoard(w, h int) *Board {
	return &Board{W: w, H: h, cells: make([]bool, w*h)}
}

// At wraps coordinates around, so the board is a torus.
func (b *Board) At(x, y int) bool {
	x, y = ((x%b.W)+b.W)%b.W, ((y%b.H)+b.H)%b.H
	return b.cells[y*b.W+x]
}

func (b *Board) Set(x, y int, alive bool) { b.cells[y*b.W+x] = alive }

func (b *Board) Step() *Board {
	next := NewBoard(b.W, b.H)
	for y := range b.H {
		for x := range b.W {
			n := 0
			for _, d := range [8][2]int{{-1, -1}, {0, -1}, {1, -1}, {-1, 0}, {1, 0}, {-1, 1}, {0, 1}, {1, 1}} {
				if b.At(x+d[0], y+d[1]) {
					n++
				}
			}
			next.Set(x, y, n == 3 || (n == 2 && b.At(x, y)))
		}
	}
	return next
}

func (b *Board) Alive() int {
	c := 0
	for _, v := range b.cells {
		if v {
			c++
		}
	}
	return c
}

func (b *Board) String() string {
	var sb strings.Builder
	for i, v := range b.cells {
		if v {
			sb.WriteByte('#')
		} else {
			sb.WriteByte('.')
		}
		if i%b.W == b.W-1 {
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

func fromPattern(w, h int, pattern ...string) *Board {
	b := NewBoard(w, h)
	for y, line := range pattern {
		for x, ch := range line {
			b.Set(x, y, ch == '#')
		}
	}
	return b
}

func main() {
	glider := fromPattern(8, 8, ".#", "..#", "###")
	fmt.Printf("glider gen 0 (%d alive):\n%v", glider.Alive(), glider)
	b := glider.Step().Step().Step().Step()
	fmt.Printf("gen 4:\n%v", b)
	for range 28 {
		b = b.Step()
	}
	fmt.Printf("gen 32 (wrapped around, alive %d), same as gen 0: %t\n", b.Alive(), b.String() == glider.String())

	// R-pentomino on a 20x20 torus
	r := fromPattern(20, 20, "", "", "", "", "", "", "", "", "........##", ".......##", "........#")
	counts := []int{r.Alive()}
	seen := map[string]int{r.String(): 0}
	for gen := 1; gen <= 300; gen++ {
		r = r.Step()
		counts = append(counts, r.Alive())
		if first, ok := seen[r.String()]; ok {
			fmt.Printf("R-pentomino repeats at gen %d (first seen gen %d), period %d\n", gen, first, gen-first)
			break
		}
		seen[r.String()] = gen
	}
	fmt.Println("live counts, first 15:", counts[:15], "final:", counts[len(counts)-1], "after", len(counts)-1, "generations")
}
