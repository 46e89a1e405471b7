package main

import (
	"container/heap"
	"errors"
	"fmt"
)

type Point struct{ R, C int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.R, p.C) }

type node struct {
	p    Point
	f, g int
}

type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (q *PQ[T]) Len() int           { return len(q.items) }
func (q *PQ[T]) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) }
func (q *PQ[T]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *PQ[T]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *PQ[T]) Pop() any {
	x := q.items[len(q.items)-1]
	q.items = q.items[:len(q.items)-1]
	return x
}

var ErrNoPath = errors.New("no path")

func astar(grid []string, start, goal Point) ([]Point, int, error) {
	h := func(p Point) int { return max(p.R-goal.R, goal.R-p.R) + max(p.C-goal.C, goal.C-p.C) }
	pq := &PQ[node]{less: func(a, b node) bool { return a.f < b.f || a.f == b.f && a.g > b.g }}
	heap.Push(pq, node{start, h(start), 0})
	best := map[Point]int{start: 0}
	from := map[Point]Point{}
	expanded := 0
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(node)
		if cur.g > best[cur.p] {
			continue
		}
		expanded++
		if cur.p == goal {
			path := []Point{goal}
			for p := goal; p != start; {
				p = from[p]
				path = append([]Point{p}, path...)
			}
			return path, expanded, nil
		}
		for _, d := range []Point{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := Point{cur.p.R + d.R, cur.p.C + d.C}
			if n.R < 0 || n.R >= len(grid) || n.C < 0 || n.C >= len(grid[0]) || grid[n.R][n.C] == '#' {
				continue
			}
			if g, ok := best[n]; !ok || cur.g+1 < g {
				best[n] = cur.g + 1
				from[n] = cur.p
				heap.Push(pq, node{n, cur.g + 1 + h(n), cur.g + 1})
			}
		}
	}
	return nil, expanded, ErrNoPath
}

func main() {
	grid := []string{
		"..........",
		".######...",
		"......#.#.",
		".####.#.#.",
		"......#.#.",
		"#####...#.",
	}
	path, _, err := astar(grid, Point{0, 0}, Point{5, 9})
	fmt.Println("steps:", len(path)-1, "err:", err)
	rows := make([][]byte, len(grid))
	for i := range grid {
		rows[i] = []byte(grid[i])
	}
	for _, p := range path {
		rows[p.R][p.C] = '*'
	}
	for _, r := range rows {
		fmt.Println(string(r))
	}
	_, _, err = astar([]string{".#.", "##.", "..."}, Point{0, 0}, Point{2, 2})
	fmt.Println("blocked:", err, errors.Is(err, ErrNoPath))
	p2, n, _ := astar([]string{"...", "...", "..."}, Point{1, 1}, Point{1, 1})
	fmt.Println("trivial:", p2, "expanded", n)
}
