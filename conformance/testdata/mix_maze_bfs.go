package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Point struct{ R, C int }

func (p Point) Add(d Point) Point { return Point{p.R + d.R, p.C + d.C} }

var dirs = []Point{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

type Maze struct {
	H, W  int
	Cells [][]byte
}

// Generate carves a maze with an iterative randomized DFS on odd coordinates.
func Generate(h, w int, rng *rand.Rand) *Maze {
	m := &Maze{H: 2*h + 1, W: 2*w + 1}
	m.Cells = make([][]byte, m.H)
	for r := range m.Cells {
		m.Cells[r] = []byte(strings.Repeat("#", m.W))
	}
	start := Point{1, 1}
	m.Cells[1][1] = ' '
	stack := []Point{start}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		var options []Point
		for _, d := range dirs {
			n := Point{cur.R + 2*d.R, cur.C + 2*d.C}
			if n.R > 0 && n.R < m.H-1 && n.C > 0 && n.C < m.W-1 && m.Cells[n.R][n.C] == '#' {
				options = append(options, d)
			}
		}
		if len(options) == 0 {
			stack = stack[:len(stack)-1]
			continue
		}
		d := options[rng.IntN(len(options))]
		m.Cells[cur.R+d.R][cur.C+d.C] = ' '
		next := Point{cur.R + 2*d.R, cur.C + 2*d.C}
		m.Cells[next.R][next.C] = ' '
		stack = append(stack, next)
	}
	return m
}

func (m *Maze) Solve(from, to Point) []Point {
	prev := map[Point]Point{from: from}
	queue := []Point{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			break
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if _, seen := prev[n]; !seen && m.Cells[n.R][n.C] != '#' {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	if _, ok := prev[to]; !ok {
		return nil
	}
	var path []Point
	for p := to; p != from; p = prev[p] {
		path = append(path, p)
	}
	return append(path, from)
}

func main() {
	rng := rand.New(rand.NewPCG(3, 4))
	m := Generate(6, 10, rng)
	from, to := Point{1, 1}, Point{m.H - 2, m.W - 2}
	path := m.Solve(from, to)
	for _, p := range path {
		m.Cells[p.R][p.C] = '.'
	}
	m.Cells[from.R][from.C], m.Cells[to.R][to.C] = 'S', 'E'
	for _, row := range m.Cells {
		fmt.Println(string(row))
	}
	open := 0
	for _, row := range m.Cells {
		open += len(row) - strings.Count(string(row), "#")
	}
	fmt.Printf("size %dx%d, open cells %d, path length %d\n", m.H, m.W, open, len(path)-1)
	fmt.Println("next random numbers:", rng.IntN(100), rng.IntN(100), rng.Float64() < 1)
}
