package main

import (
	"fmt"
	"strings"
)

const input = `.|...\....
|.-.\.....
.....|-...
........|.
..........
.........\
..../.\\..
.-.-/..|..
.|....-|.\
..//.|....`

type Point struct{ X, Y int }

type Dir int

const (
	Right Dir = iota
	Down
	Left
	Up
)

var deltas = [...]Point{Right: {1, 0}, Down: {0, 1}, Left: {-1, 0}, Up: {0, -1}}

func (d Dir) String() string { return [...]string{"R", "D", "L", "U"}[d] }

type Beam struct {
	Pos Point
	Dir Dir
}

type Grid []string

// next returns the directions a beam leaves a tile in.
func next(tile byte, d Dir) []Dir {
	switch tile {
	case '/':
		return []Dir{[...]Dir{Up, Left, Down, Right}[d]}
	case '\\':
		return []Dir{[...]Dir{Down, Right, Up, Left}[d]}
	case '|':
		if d == Left || d == Right {
			return []Dir{Up, Down}
		}
	case '-':
		if d == Up || d == Down {
			return []Dir{Left, Right}
		}
	}
	return []Dir{d}
}

func (g Grid) Energize(start Beam) int {
	seen := map[Beam]bool{}
	lit := map[Point]bool{}
	stack := []Beam{start}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if b.Pos.Y < 0 || b.Pos.Y >= len(g) || b.Pos.X < 0 || b.Pos.X >= len(g[0]) || seen[b] {
			continue
		}
		seen[b] = true
		lit[b.Pos] = true
		for _, d := range next(g[b.Pos.Y][b.Pos.X], b.Dir) {
			p := Point{b.Pos.X + deltas[d].X, b.Pos.Y + deltas[d].Y}
			stack = append(stack, Beam{p, d})
		}
	}
	return len(lit)
}

func main() {
	g := Grid(strings.Split(input, "\n"))
	fmt.Println("part 1:", g.Energize(Beam{Point{0, 0}, Right}))
	best, bestStart := 0, Beam{}
	h, w := len(g), len(g[0])
	var starts []Beam
	for i := range h {
		starts = append(starts, Beam{Point{0, i}, Right}, Beam{Point{w - 1, i}, Left})
	}
	for i := range w {
		starts = append(starts, Beam{Point{i, 0}, Down}, Beam{Point{i, h - 1}, Up})
	}
	for _, s := range starts {
		if e := g.Energize(s); e > best {
			best, bestStart = e, s
		}
	}
	fmt.Printf("part 2: %d from %v heading %v\n", best, bestStart.Pos, bestStart.Dir)
}
