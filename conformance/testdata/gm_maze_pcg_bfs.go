package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Cell struct{ X, Y int }

func (c Cell) Add(d Cell) Cell { return Cell{c.X + d.X, c.Y + d.Y} }

var dirs = []Cell{{0, -1}, {1, 0}, {0, 1}, {-1, 0}}

type Maze struct {
	W, H    int
	passage map[[2]Cell]bool
}

func key(a, b Cell) [2]Cell {
	if b.Y < a.Y || (b.Y == a.Y && b.X < a.X) {
		a, b = b, a
	}
	return [2]Cell{a, b}
}

func (m *Maze) In(c Cell) bool      { return c.X >= 0 && c.Y >= 0 && c.X < m.W && c.Y < m.H }
func (m *Maze) Open(a, b Cell) bool { return m.passage[key(a, b)] }

// Generate carves a perfect maze with an iterative recursive-backtracker.
func Generate(w, h int, rng *rand.Rand) *Maze {
	m := &Maze{W: w, H: h, passage: map[[2]Cell]bool{}}
	visited := map[Cell]bool{{0, 0}: true}
	stack := []Cell{{0, 0}}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		var options []Cell
		for _, d := range dirs {
			if n := cur.Add(d); m.In(n) && !visited[n] {
				options = append(options, n)
			}
		}
		if len(options) == 0 {
			stack = stack[:len(stack)-1]
			continue
		}
		next := options[rng.IntN(len(options))]
		m.passage[key(cur, next)] = true
		visited[next] = true
		stack = append(stack, next)
	}
	return m
}

// Solve runs a breadth-first search and returns the path from start to goal.
func (m *Maze) Solve(start, goal Cell) []Cell {
	prev := map[Cell]Cell{start: start}
	queue := []Cell{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			break
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if _, seen := prev[n]; m.In(n) && !seen && m.Open(cur, n) {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	var path []Cell
	for c := goal; c != start; c = prev[c] {
		path = append(path, c)
	}
	path = append(path, start)
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path
}

func (m *Maze) DeadEnds() int {
	n := 0
	for y := range m.H {
		for x := range m.W {
			exits := 0
			for _, d := range dirs {
				if c := (Cell{x, y}); m.In(c.Add(d)) && m.Open(c, c.Add(d)) {
					exits++
				}
			}
			if exits == 1 {
				n++
			}
		}
	}
	return n
}

func (m *Maze) Render(onPath map[Cell]bool) string {
	var sb strings.Builder
	sb.WriteString("+" + strings.Repeat("---+", m.W) + "\n")
	for y := range m.H {
		row, floor := []byte("|"), []byte("+")
		for x := range m.W {
			c := Cell{x, y}
			if onPath[c] {
				row = append(row, " o "...)
			} else {
				row = append(row, "   "...)
			}
			if x+1 < m.W && m.Open(c, Cell{x + 1, y}) {
				row = append(row, ' ')
			} else {
				row = append(row, '|')
			}
			if y+1 < m.H && m.Open(c, Cell{x, y + 1}) {
				floor = append(floor, "   +"...)
			} else {
				floor = append(floor, "---+"...)
			}
		}
		sb.Write(row)
		sb.WriteByte('\n')
		sb.Write(floor)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	rng := rand.New(rand.NewPCG(2024, 7))
	m := Generate(12, 8, rng)
	path := m.Solve(Cell{0, 0}, Cell{11, 7})
	on := map[Cell]bool{}
	for _, c := range path {
		on[c] = true
	}
	fmt.Print(m.Render(on))
	fmt.Printf("passages=%d dead-ends=%d path-length=%d\n", len(m.passage), m.DeadEnds(), len(path))
	fmt.Printf("path starts %v and ends %v\n", path[:3], path[len(path)-3:])

	for seed := uint64(1); seed <= 4; seed++ {
		small := Generate(6, 4, rand.New(rand.NewPCG(seed, seed*31)))
		p := small.Solve(Cell{0, 0}, Cell{5, 3})
		fmt.Printf("seed %d: 6x4 maze, path %2d cells, %d dead ends\n", seed, len(p), small.DeadEnds())
	}
}
