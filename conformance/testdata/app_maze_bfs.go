package main

import (
	"errors"
	"fmt"
	"strings"
)

type Point struct{ R, C int }

func (p Point) Add(q Point) Point { return Point{p.R + q.R, p.C + q.C} }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.R, p.C) }

var dirs = []struct {
	d    Point
	name byte
}{{Point{-1, 0}, 'N'}, {Point{0, 1}, 'E'}, {Point{1, 0}, 'S'}, {Point{0, -1}, 'W'}}

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Push(v T)   { q.items = append(q.items, v) }
func (q *Queue[T]) Len() int   { return len(q.items) }
func (q *Queue[T]) Pop() (v T) { v, q.items = q.items[0], q.items[1:]; return }

var ErrNoPath = errors.New("no path")

type Maze struct {
	grid       [][]byte
	start, end Point
}

func ParseMaze(s string) (*Maze, error) {
	m := &Maze{start: Point{-1, -1}, end: Point{-1, -1}}
	for r, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := []byte(strings.TrimSpace(line))
		for c, ch := range row {
			switch ch {
			case 'S':
				m.start = Point{r, c}
			case 'E':
				m.end = Point{r, c}
			}
		}
		m.grid = append(m.grid, row)
	}
	if m.start.R < 0 || m.end.R < 0 {
		return nil, errors.New("maze needs both S and E")
	}
	return m, nil
}

func (m *Maze) open(p Point) bool {
	return p.R >= 0 && p.R < len(m.grid) && p.C >= 0 && p.C < len(m.grid[p.R]) && m.grid[p.R][p.C] != '#'
}

// Solve runs a breadth-first search and returns the shortest path as compass moves.
func (m *Maze) Solve() (string, int, error) {
	prev := map[Point]Point{m.start: m.start}
	move := map[Point]byte{}
	q := &Queue[Point]{}
	q.Push(m.start)
	explored := 0
	for q.Len() > 0 {
		cur := q.Pop()
		explored++
		if cur == m.end {
			var path []byte
			for p := cur; p != m.start; p = prev[p] {
				path = append(path, move[p])
				if m.grid[p.R][p.C] == '.' {
					m.grid[p.R][p.C] = '*'
				}
			}
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return string(path), explored, nil
		}
		for _, d := range dirs {
			next := cur.Add(d.d)
			if _, seen := prev[next]; !seen && m.open(next) {
				prev[next] = cur
				move[next] = d.name
				q.Push(next)
			}
		}
	}
	return "", explored, fmt.Errorf("from %v to %v: %w", m.start, m.end, ErrNoPath)
}

func compress(path string) string {
	var b strings.Builder
	for i := 0; i < len(path); {
		j := i
		for j < len(path) && path[j] == path[i] {
			j++
		}
		fmt.Fprintf(&b, "%d%c ", j-i, path[i])
		i = j
	}
	return strings.TrimSpace(b.String())
}

var mazes = map[string]string{
	"small": `
		S.#.......
		.##.####.#
		....#..#..
		###.#.##.#
		#...#....E`,
	"walled": `
		S..#....
		##.#.##.
		...#..#E`,
	"broken": `
		....
		.S..`,
}

func main() {
	for _, name := range []string{"small", "walled", "broken"} {
		m, err := ParseMaze(mazes[name])
		if err != nil {
			fmt.Printf("%s: invalid: %v\n", name, err)
			continue
		}
		path, explored, err := m.Solve()
		if errors.Is(err, ErrNoPath) {
			fmt.Printf("%s: %v (explored %d cells)\n", name, err, explored)
			continue
		}
		fmt.Printf("%s: %d steps, explored %d cells\n", name, len(path), explored)
		fmt.Printf("  moves: %s\n  runs:  %s\n", path, compress(path))
		for _, row := range m.grid {
			fmt.Printf("  %s\n", row)
		}
	}
}
