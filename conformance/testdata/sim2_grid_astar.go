package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Pos struct{ R, C int }

// Heuristic estimates remaining cost; Dijkstra is A* with a zero heuristic.
type Heuristic interface {
	Estimate(a, b Pos) int
	Name() string
}

type Zero struct{}

func (Zero) Estimate(a, b Pos) int { return 0 }
func (Zero) Name() string          { return "dijkstra" }

type Manhattan struct{}

func (Manhattan) Estimate(a, b Pos) int { return abs(a.R-b.R) + abs(a.C-b.C) }
func (Manhattan) Name() string          { return "a*-manhattan" }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

type node struct {
	pos      Pos
	g, f     int
	sequence int
}

type pq []node

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].f != q[j].f {
		return q[i].f < q[j].f
	}
	return q[i].sequence < q[j].sequence
}
func (q pq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)   { *q = append(*q, x.(node)) }
func (q *pq) Pop() any {
	old := *q
	n := old[len(old)-1]
	*q = old[:len(old)-1]
	return n
}

type Grid []string

// Cost of entering a cell: digits are weights, '#' is a wall.
func (g Grid) Cost(p Pos) (int, bool) {
	if p.R < 0 || p.R >= len(g) || p.C < 0 || p.C >= len(g[p.R]) {
		return 0, false
	}
	ch := g[p.R][p.C]
	if ch == '#' {
		return 0, false
	}
	if ch >= '1' && ch <= '9' {
		return int(ch - '0'), true
	}
	return 1, true
}

func (g Grid) Search(start, goal Pos, h Heuristic) (int, []Pos, int) {
	dist := map[Pos]int{start: 0}
	prev := map[Pos]Pos{}
	open := &pq{{pos: start, f: h.Estimate(start, goal)}}
	seq, expanded := 0, 0
	for open.Len() > 0 {
		cur := heap.Pop(open).(node)
		if cur.g > dist[cur.pos] {
			continue
		}
		expanded++
		if cur.pos == goal {
			path := []Pos{goal}
			for p := goal; p != start; p = prev[p] {
				path = append(path, prev[p])
			}
			return cur.g, path, expanded
		}
		for _, d := range []Pos{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			next := Pos{cur.pos.R + d.R, cur.pos.C + d.C}
			c, ok := g.Cost(next)
			if !ok {
				continue
			}
			ng := cur.g + c
			if old, seen := dist[next]; !seen || ng < old {
				dist[next] = ng
				prev[next] = cur.pos
				seq++
				heap.Push(open, node{pos: next, g: ng, f: ng + h.Estimate(next, goal), sequence: seq})
			}
		}
	}
	return -1, nil, expanded
}

func (g Grid) Render(path []Pos) string {
	rows := make([][]byte, len(g))
	for i, line := range g {
		rows[i] = []byte(line)
	}
	for _, p := range path {
		rows[p.R][p.C] = '*'
	}
	var sb strings.Builder
	for _, r := range rows {
		sb.WriteString("  " + string(r) + "\n")
	}
	return sb.String()
}

func main() {
	grid := Grid{
		"..........#.........",
		".####.....#..99999..",
		".#..#..9..#..9...9..",
		".#..#..9.....9.#.9..",
		".#.....9..####.#....",
		".####..9.......#.##.",
		"......999..5555#....",
		"..#.......#.........",
	}
	start, goal := Pos{0, 0}, Pos{7, 19}
	for _, h := range []Heuristic{Zero{}, Manhattan{}} {
		cost, path, expanded := grid.Search(start, goal, h)
		fmt.Printf("%s: cost=%d steps=%d expanded=%d\n", h.Name(), cost, len(path)-1, expanded)
		if h.Name() == "a*-manhattan" {
			fmt.Print(grid.Render(path))
		}
	}
	blocked := Grid{"..#..", "..#..", "###.."}
	cost, _, expanded := blocked.Search(Pos{0, 0}, Pos{2, 4}, Manhattan{})
	fmt.Printf("blocked grid: cost=%d expanded=%d\n", cost, expanded)
}
