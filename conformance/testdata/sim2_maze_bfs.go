package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Point struct{ R, C int }

func (p Point) Add(q Point) Point { return Point{p.R + q.R, p.C + q.C} }

var dirs = []Point{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

// Maze is stored as a character grid of size (2h+1) x (2w+1).
type Maze struct {
	grid [][]byte
}

func Generate(h, w int, rng *rand.Rand) *Maze {
	rows, cols := 2*h+1, 2*w+1
	grid := make([][]byte, rows)
	for r := range grid {
		grid[r] = []byte(strings.Repeat("#", cols))
	}
	// Iterative recursive-backtracker over cells at odd coordinates.
	start := Point{1, 1}
	grid[1][1] = ' '
	stack := []Point{start}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		var options []Point
		for _, d := range dirs {
			n := Point{cur.R + 2*d.R, cur.C + 2*d.C}
			if n.R > 0 && n.R < rows-1 && n.C > 0 && n.C < cols-1 && grid[n.R][n.C] == '#' {
				options = append(options, d)
			}
		}
		if len(options) == 0 {
			stack = stack[:len(stack)-1]
			continue
		}
		d := options[rng.IntN(len(options))]
		wall := cur.Add(d)
		next := wall.Add(d)
		grid[wall.R][wall.C] = ' '
		grid[next.R][next.C] = ' '
		stack = append(stack, next)
	}
	return &Maze{grid: grid}
}

func (m *Maze) Open(p Point) bool {
	return p.R >= 0 && p.R < len(m.grid) && p.C >= 0 && p.C < len(m.grid[0]) && m.grid[p.R][p.C] != '#'
}

// Solve runs breadth-first search and returns the shortest path.
func (m *Maze) Solve(from, to Point) ([]Point, int) {
	prev := map[Point]Point{from: from}
	queue := []Point{from}
	explored := 0
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		explored++
		if cur == to {
			break
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if _, seen := prev[n]; !seen && m.Open(n) {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	if _, ok := prev[to]; !ok {
		return nil, explored
	}
	var path []Point
	for p := to; p != from; p = prev[p] {
		path = append(path, p)
	}
	path = append(path, from)
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path, explored
}

func (m *Maze) Render(path []Point) string {
	out := make([][]byte, len(m.grid))
	for r := range m.grid {
		out[r] = append([]byte(nil), m.grid[r]...)
	}
	for _, p := range path {
		out[p.R][p.C] = '.'
	}
	if len(path) > 0 {
		s, e := path[0], path[len(path)-1]
		out[s.R][s.C], out[e.R][e.C] = 'S', 'E'
	}
	var sb strings.Builder
	for _, row := range out {
		sb.Write(row)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	for i, size := range [][2]int{{6, 12}, {4, 8}} {
		m := Generate(size[0], size[1], rng)
		from := Point{1, 1}
		to := Point{2*size[0] - 1, 2*size[1] - 1}
		path, explored := m.Solve(from, to)
		fmt.Printf("maze %d: %dx%d cells, path length %d, explored %d\n",
			i+1, size[0], size[1], len(path)-1, explored)
		fmt.Print(m.Render(path))
	}
}
