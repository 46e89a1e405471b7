package main

import (
	"fmt"
	"strings"
)

type Point struct{ R, C int }

func (p Point) Add(q Point) Point { return Point{p.R + q.R, p.C + q.C} }

var dirs = [4]Point{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}

type Grid [][]byte

func ParseGrid(s string) Grid {
	var g Grid
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		g = append(g, []byte(strings.TrimSpace(line)))
	}
	return g
}

func (g Grid) In(p Point) bool {
	return p.R >= 0 && p.R < len(g) && p.C >= 0 && p.C < len(g[p.R])
}

func (g Grid) Find(b byte) Point {
	for r, row := range g {
		for c, v := range row {
			if v == b {
				return Point{r, c}
			}
		}
	}
	return Point{-1, -1}
}

// ShortestPath runs BFS and returns the path from start to goal, or nil.
func (g Grid) ShortestPath(start, goal Point) []Point {
	prev := map[Point]Point{start: start}
	queue := []Point{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			var path []Point
			for p := goal; p != start; p = prev[p] {
				path = append(path, p)
			}
			path = append(path, start)
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path
		}
		for _, d := range dirs {
			nx := cur.Add(d)
			if !g.In(nx) || g[nx.R][nx.C] == '#' {
				continue
			}
			if _, seen := prev[nx]; !seen {
				prev[nx] = cur
				queue = append(queue, nx)
			}
		}
	}
	return nil
}

// Islands counts connected groups of land using recursive DFS and returns their sizes.
func Islands(g Grid) []int {
	seen := make([][]bool, len(g))
	for i := range seen {
		seen[i] = make([]bool, len(g[i]))
	}
	var dfs func(p Point) int
	dfs = func(p Point) int {
		if !g.In(p) || seen[p.R][p.C] || g[p.R][p.C] != 'X' {
			return 0
		}
		seen[p.R][p.C] = true
		n := 1
		for _, d := range dirs {
			n += dfs(p.Add(d))
		}
		return n
	}
	var sizes []int
	for r := range g {
		for c := range g[r] {
			if n := dfs(Point{r, c}); n > 0 {
				sizes = append(sizes, n)
			}
		}
	}
	return sizes
}

func main() {
	maze := ParseGrid(`
		S..#......
		.#.#.####.
		.#...#....
		.####.#.#.
		......#.#G
	`)
	s, goal := maze.Find('S'), maze.Find('G')
	fmt.Printf("start=%+v goal=%v\n", s, goal)
	path := maze.ShortestPath(s, goal)
	fmt.Println("steps:", len(path)-1)
	for _, p := range path[1 : len(path)-1] {
		maze[p.R][p.C] = '*'
	}
	for _, row := range maze {
		fmt.Println(string(row))
	}
	blocked := ParseGrid("S#\n#G")
	fmt.Println("blocked path:", blocked.ShortestPath(Point{0, 0}, Point{1, 1}) == nil)

	sea := ParseGrid(`
		XX..X...
		X...XX..
		..X.....
		.XXX..XX
		......X.
	`)
	sizes := Islands(sea)
	fmt.Printf("%d islands, sizes %v\n", len(sizes), sizes)
}
