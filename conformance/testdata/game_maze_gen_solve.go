package main

import (
	"fmt"
	"math/rand/v2"
)

const (
	W = 10 // cells across
	H = 6  // cells down
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

var dirs = [4]Point{{0, -1}, {1, 0}, {0, 1}, {-1, 0}}

// Maze is stored as a character grid of size (2H+1) x (2W+1).
type Maze [2*H + 1][2*W + 1]byte

func Generate(rng *rand.Rand) *Maze {
	m := new(Maze)
	for y := range m {
		for x := range m[y] {
			m[y][x] = '#'
		}
	}
	visited := map[Point]bool{}
	var carve func(c Point)
	carve = func(c Point) {
		visited[c] = true
		m[2*c.Y+1][2*c.X+1] = ' '
		order := rng.Perm(4)
		for _, i := range order {
			n := c.Add(dirs[i])
			if n.X < 0 || n.Y < 0 || n.X >= W || n.Y >= H || visited[n] {
				continue
			}
			m[2*c.Y+1+dirs[i].Y][2*c.X+1+dirs[i].X] = ' '
			carve(n)
		}
	}
	carve(Point{0, 0})
	return m
}

// Solve runs a breadth-first search on the character grid and marks the path with '.'.
func (m *Maze) Solve(start, goal Point) (int, bool) {
	prev := map[Point]Point{start: start}
	queue := []Point{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			break
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if n.X < 0 || n.Y < 0 || n.X > 2*W || n.Y > 2*H || m[n.Y][n.X] == '#' {
				continue
			}
			if _, seen := prev[n]; seen {
				continue
			}
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	if _, ok := prev[goal]; !ok {
		return 0, false
	}
	steps := 0
	for p := goal; ; p = prev[p] {
		m[p.Y][p.X] = '.'
		if p == start {
			break
		}
		steps++
	}
	return steps, true
}

func (m *Maze) Print() {
	for _, row := range m {
		fmt.Println(string(row[:]))
	}
}

func main() {
	rng := rand.New(rand.NewPCG(7, 9))
	m := Generate(rng)
	m[1][0] = '>'       // entrance
	m[2*H-1][2*W] = '>' // exit
	fmt.Printf("Maze %dx%d:\n", W, H)
	m.Print()

	open := 0
	for _, row := range m {
		for _, ch := range row {
			if ch == ' ' {
				open++
			}
		}
	}
	fmt.Println("open squares:", open)

	steps, ok := m.Solve(Point{0, 1}, Point{2 * W, 2*H - 1})
	if !ok {
		fmt.Println("no path!")
		return
	}
	fmt.Printf("Solved in %d steps:\n", steps)
	m.Print()
}
