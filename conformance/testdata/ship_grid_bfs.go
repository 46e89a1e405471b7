package main

import (
	"fmt"
	"strings"
)

type Point struct{ R, C int }

func (p Point) Add(q Point) Point { return Point{p.R + q.R, p.C + q.C} }

var dirs = [4]Point{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}

const floorPlan = `
##########
#S..#....#
#.#.#.##.#
#.#...#..#
#.####.#.#
#......#P#
##########`

type Grid struct {
	cells [][]byte
	start Point
	pick  Point
}

func parse(s string) *Grid {
	g := &Grid{}
	for r, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := []byte(line)
		for c, ch := range row {
			switch ch {
			case 'S':
				g.start = Point{r, c}
			case 'P':
				g.pick = Point{r, c}
			}
		}
		g.cells = append(g.cells, row)
	}
	return g
}

func (g *Grid) open(p Point) bool {
	return p.R >= 0 && p.R < len(g.cells) && p.C >= 0 && p.C < len(g.cells[p.R]) && g.cells[p.R][p.C] != '#'
}

func (g *Grid) BFS() (int, []Point) {
	prev := map[Point]Point{}
	seen := map[Point]bool{g.start: true}
	queue := []Point{g.start}
	found := false
search:
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, d := range dirs {
			n := cur.Add(d)
			if !g.open(n) || seen[n] {
				continue
			}
			seen[n] = true
			prev[n] = cur
			if n == g.pick {
				found = true
				break search
			}
			queue = append(queue, n)
		}
	}
	if !found {
		return -1, nil
	}
	var route []Point
	for p := g.pick; p != g.start; p = prev[p] {
		route = append(route, p)
	}
	return len(route), route
}

func main() {
	g := parse(floorPlan)
	fmt.Printf("start=%v pick=%v\n", g.start, g.pick)
	steps, route := g.BFS()
	fmt.Println("steps:", steps)
	for _, p := range route {
		if g.cells[p.R][p.C] == '.' {
			g.cells[p.R][p.C] = '*'
		}
	}
	for _, row := range g.cells {
		fmt.Println(string(row))
	}
	g.cells[2][8] = '#'
	steps, _ = g.BFS()
	fmt.Println("after blocking (2,8):", steps)
}
