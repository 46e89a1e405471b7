package main

import (
	"fmt"
	"strings"
)

const (
	W = 20
	H = 10
)

type Grid [H][W]bool

func (g *Grid) Neighbours(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr := (r + dr + H) % H
			cc := (c + dc + W) % W
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Step() Grid {
	var next Grid
	for r := range H {
		for c := range W {
			n := g.Neighbours(r, c)
			switch {
			case g[r][c] && (n == 2 || n == 3):
				next[r][c] = true
			case !g[r][c] && n == 3:
				next[r][c] = true
			}
		}
	}
	return next
}

func (g *Grid) Population() int {
	n := 0
	for _, row := range g {
		for _, cell := range row {
			if cell {
				n++
			}
		}
	}
	return n
}

func (g *Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, cell := range row {
			if cell {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g *Grid) Place(r, c int, pattern ...string) {
	for i, line := range pattern {
		for j, ch := range line {
			if ch == '#' {
				g[(r+i)%H][(c+j)%W] = true
			}
		}
	}
}

func main() {
	var g Grid
	g.Place(1, 1, ".#.", "..#", "###") // glider
	g.Place(2, 12, "###")              // blinker
	g.Place(6, 15, "##", "##")         // block

	fmt.Printf("generation 0 (population %d):\n%v", g.Population(), &g)
	var pops []string
	for gen := 1; gen <= 12; gen++ {
		g = g.Step()
		pops = append(pops, fmt.Sprint(g.Population()))
		if gen%6 == 0 {
			fmt.Printf("generation %d (population %d):\n%v", gen, g.Population(), &g)
		}
	}
	fmt.Println("populations:", strings.Join(pops, " "))
}
