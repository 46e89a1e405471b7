package main

import (
	"container/heap"
	"fmt"
	"math/rand"
)

type Cell struct{ R, C int }

type item struct {
	cell     Cell
	priority int
	order    int
}

type pq []item

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	return q[i].priority < q[j].priority || (q[i].priority == q[j].priority && q[i].order < q[j].order)
}
func (q pq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pq) Push(x any)   { *q = append(*q, x.(item)) }
func (q *pq) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

type Terrain [][]int // 0 = wall, 1..9 = cost to enter

type Heuristic func(a, b Cell) int

func abs(x int) int { return max(x, -x) }

func Manhattan(a, b Cell) int { return abs(a.R-b.R) + abs(a.C-b.C) }
func Zero(a, b Cell) int      { return 0 }

type Result struct {
	Cost     int
	Path     []Cell
	Expanded int
}

func (t Terrain) Search(start, goal Cell, h Heuristic) (Result, bool) {
	g := map[Cell]int{start: 0}
	prev := map[Cell]Cell{}
	closed := map[Cell]bool{}
	open := &pq{}
	counter := 0
	heap.Push(open, item{start, h(start, goal), counter})
	expanded := 0
	for open.Len() > 0 {
		cur := heap.Pop(open).(item).cell
		if closed[cur] {
			continue
		}
		closed[cur] = true
		expanded++
		if cur == goal {
			path := []Cell{goal}
			for c := goal; c != start; {
				c = prev[c]
				path = append([]Cell{c}, path...)
			}
			return Result{g[goal], path, expanded}, true
		}
		for _, d := range []Cell{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := Cell{cur.R + d.R, cur.C + d.C}
			if n.R < 0 || n.R >= len(t) || n.C < 0 || n.C >= len(t[0]) || t[n.R][n.C] == 0 {
				continue
			}
			ng := g[cur] + t[n.R][n.C]
			if old, ok := g[n]; !ok || ng < old {
				g[n] = ng
				prev[n] = cur
				counter++
				heap.Push(open, item{n, ng + h(n, goal), counter})
			}
		}
	}
	return Result{Expanded: expanded}, false
}

func (t Terrain) Render(path []Cell) []string {
	on := map[Cell]bool{}
	for _, c := range path {
		on[c] = true
	}
	var lines []string
	for r, row := range t {
		b := make([]byte, len(row))
		for c, v := range row {
			switch {
			case on[Cell{r, c}]:
				b[c] = '@'
			case v == 0:
				b[c] = '#'
			default:
				b[c] = byte('0' + v)
			}
		}
		lines = append(lines, string(b))
	}
	return lines
}

func main() {
	rng := rand.New(rand.NewSource(99))
	t := make(Terrain, 12)
	for r := range t {
		t[r] = make([]int, 28)
		for c := range t[r] {
			switch x := rng.Intn(10); {
			case x < 2:
				t[r][c] = 0
			case x < 6:
				t[r][c] = 1
			default:
				t[r][c] = x - 3
			}
		}
	}
	start, goal := Cell{0, 0}, Cell{11, 27}
	t[0][0], t[11][27] = 1, 1
	heuristics := []struct {
		name string
		h    Heuristic
	}{{"dijkstra", Zero}, {"astar", Manhattan}}
	for _, hc := range heuristics {
		res, ok := t.Search(start, goal, hc.h)
		fmt.Printf("%-8s found=%t cost=%d steps=%d expanded=%d\n", hc.name, ok, res.Cost, len(res.Path)-1, res.Expanded)
		if hc.name == "astar" {
			for _, line := range t.Render(res.Path) {
				fmt.Println("  " + line)
			}
			fmt.Printf("path head: %v\n", res.Path[:5])
		}
	}
	for _, pair := range [][2]Cell{{{0, 0}, {5, 5}}, {{11, 0}, {0, 27}}, {{6, 14}, {6, 15}}} {
		res, ok := t.Search(pair[0], pair[1], Manhattan)
		fmt.Printf("%+v -> %+v: ok=%t cost=%d expanded=%d\n", pair[0], pair[1], ok, res.Cost, res.Expanded)
	}
}
