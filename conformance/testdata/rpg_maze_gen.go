// Maze generation with a randomized depth-first search from a seeded source.
package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Wall uint8

const (
	North Wall = 1 << iota
	East
	South
	West
)

type Maze struct {
	W, H  int
	walls [][]Wall
}

type step struct {
	dx, dy     int
	wall, back Wall
}

var steps = []step{{0, -1, North, South}, {1, 0, East, West}, {0, 1, South, North}, {-1, 0, West, East}}

func Generate(w, h int, r *rand.Rand) *Maze {
	m := &Maze{W: w, H: h, walls: make([][]Wall, h)}
	visited := make([][]bool, h)
	for y := range h {
		m.walls[y] = make([]Wall, w)
		visited[y] = make([]bool, w)
		for x := range w {
			m.walls[y][x] = North | East | South | West
		}
	}
	type pt struct{ x, y int }
	stack := []pt{{0, 0}}
	visited[0][0] = true
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		var options []step
		for _, s := range steps {
			nx, ny := cur.x+s.dx, cur.y+s.dy
			if nx >= 0 && ny >= 0 && nx < w && ny < h && !visited[ny][nx] {
				options = append(options, s)
			}
		}
		if len(options) == 0 {
			stack = stack[:len(stack)-1]
			continue
		}
		s := options[r.IntN(len(options))]
		nx, ny := cur.x+s.dx, cur.y+s.dy
		m.walls[cur.y][cur.x] &^= s.wall
		m.walls[ny][nx] &^= s.back
		visited[ny][nx] = true
		stack = append(stack, pt{nx, ny})
	}
	return m
}

func (m *Maze) String() string {
	var b strings.Builder
	b.WriteString("+" + strings.Repeat("--+", m.W) + "\n")
	for y := range m.H {
		row, floor := "|", "+"
		for x := range m.W {
			row += "  "
			if m.walls[y][x]&East != 0 {
				row += "|"
			} else {
				row += " "
			}
			if m.walls[y][x]&South != 0 {
				floor += "--+"
			} else {
				floor += "  +"
			}
		}
		b.WriteString(row + "\n" + floor + "\n")
	}
	return b.String()
}

func (m *Maze) DeadEnds() int {
	n := 0
	for _, row := range m.walls {
		for _, w := range row {
			open := 0
			for _, s := range steps {
				if w&s.wall == 0 {
					open++
				}
			}
			if open == 1 {
				n++
			}
		}
	}
	return n
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	m := Generate(9, 6, r)
	fmt.Print(m)
	fmt.Printf("size %dx%d, dead ends: %d\n", m.W, m.H, m.DeadEnds())
	fmt.Printf("corner cell walls: %04b (%T)\n", m.walls[0][0], m.walls[0][0])
	small := Generate(4, 3, r)
	fmt.Print(small)
	fmt.Println("small dead ends:", small.DeadEnds())
}
