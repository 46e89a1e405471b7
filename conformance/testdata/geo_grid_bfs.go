package main

import (
	"errors"
	"fmt"
	"strings"
)

type Pos struct{ R, C int }

func (p Pos) Add(d Pos) Pos { return Pos{p.R + d.R, p.C + d.C} }

var dirs = [4]Pos{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

type Grid struct {
	cells []string
	rows  int
	cols  int
}

func NewGrid(lines []string) *Grid {
	return &Grid{cells: lines, rows: len(lines), cols: len(lines[0])}
}

func (g *Grid) Find(ch byte) (Pos, bool) {
	for r, line := range g.cells {
		if c := strings.IndexByte(line, ch); c >= 0 {
			return Pos{r, c}, true
		}
	}
	return Pos{}, false
}

func (g *Grid) Open(p Pos) bool {
	return p.R >= 0 && p.R < g.rows && p.C >= 0 && p.C < g.cols && g.cells[p.R][p.C] != '#'
}

var ErrNoPath = errors.New("no path")

// BFS returns the distance map and the shortest path from start to goal.
func (g *Grid) BFS(start, goal Pos) (map[Pos]int, []Pos, error) {
	dist := map[Pos]int{start: 0}
	prev := map[Pos]Pos{}
	queue := []Pos{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, d := range dirs {
			n := cur.Add(d)
			if _, seen := dist[n]; seen || !g.Open(n) {
				continue
			}
			dist[n] = dist[cur] + 1
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	if _, ok := dist[goal]; !ok {
		return dist, nil, fmt.Errorf("from %v to %v: %w", start, goal, ErrNoPath)
	}
	path := []Pos{goal}
	for p := goal; p != start; {
		p = prev[p]
		path = append(path, p)
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return dist, path, nil
}

func solve(name string, lines []string) {
	g := NewGrid(lines)
	s, _ := g.Find('S')
	e, _ := g.Find('E')
	dist, path, err := g.BFS(s, e)
	fmt.Printf("== %s: start=%+v end=%+v reachable=%d\n", name, s, e, len(dist))
	if err != nil {
		fmt.Println("error:", err, "| is ErrNoPath:", errors.Is(err, ErrNoPath))
		return
	}
	fmt.Printf("shortest path length %d, first steps %v\n", len(path)-1, path[:4])
	out := make([][]byte, g.rows)
	for r := range out {
		out[r] = []byte(g.cells[r])
	}
	for _, p := range path[1 : len(path)-1] {
		out[p.R][p.C] = '*'
	}
	for r := range out {
		heat := make([]byte, g.cols)
		for c := range heat {
			if d, ok := dist[Pos{r, c}]; ok {
				heat[c] = byte('0' + d%10)
			} else {
				heat[c] = g.cells[r][c]
			}
		}
		fmt.Printf("%s   %s\n", out[r], heat)
	}
}

func main() {
	maze := []string{
		"####################",
		"#S.....#...........#",
		"#.####.#.#####.###.#",
		"#.#....#.#...#...#.#",
		"#.#.####.#.#.###.#.#",
		"#.#......#.#.....#.#",
		"#.########.#######.#",
		"#..........#......E#",
		"####################",
	}
	solve("maze", maze)
	blocked := make([]string, len(maze))
	copy(blocked, maze)
	blocked[7] = "#..........#####.#E#"
	blocked[5] = "#.#......#.#.....###"
	solve("blocked", blocked)
	solve("open", []string{"S....", ".....", "..#..", "....E"})
}
