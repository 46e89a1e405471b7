package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

const input = `1163751742
1381373672
2136511328
3694931569
7463417111
1319128137
1359912421
3125421639
1293138521
2311944581`

type Point struct{ X, Y int }

var dirs = []Point{{1, 0}, {0, 1}, {-1, 0}, {0, -1}}

type item struct {
	p    Point
	cost int
}

type PQ []item

func (q PQ) Len() int           { return len(q) }
func (q PQ) Less(i, j int) bool { return q[i].cost < q[j].cost }
func (q PQ) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(x any)        { *q = append(*q, x.(item)) }
func (q *PQ) Pop() any {
	old := *q
	n := len(old)
	it := old[n-1]
	*q = old[:n-1]
	return it
}

type Cave struct {
	risk  [][]int
	scale int
}

func (c Cave) Risk(p Point) int {
	h, w := len(c.risk), len(c.risk[0])
	base := c.risk[p.Y%h][p.X%w] + p.X/w + p.Y/h
	return (base-1)%9 + 1
}

func (c Cave) Lowest() int {
	w, h := len(c.risk[0])*c.scale, len(c.risk)*c.scale
	dist := make([][]int, h)
	for y := range dist {
		dist[y] = make([]int, w)
		for x := range dist[y] {
			dist[y][x] = math.MaxInt
		}
	}
	dist[0][0] = 0
	pq := &PQ{{Point{0, 0}, 0}}
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(item)
		if cur.cost > dist[cur.p.Y][cur.p.X] {
			continue
		}
		if cur.p == (Point{w - 1, h - 1}) {
			return cur.cost
		}
		for _, d := range dirs {
			n := Point{cur.p.X + d.X, cur.p.Y + d.Y}
			if n.X < 0 || n.Y < 0 || n.X >= w || n.Y >= h {
				continue
			}
			nc := cur.cost + c.Risk(n)
			if nc < dist[n.Y][n.X] {
				dist[n.Y][n.X] = nc
				heap.Push(pq, item{n, nc})
			}
		}
	}
	return -1
}

func main() {
	var risk [][]int
	for _, line := range strings.Fields(input) {
		row := make([]int, 0, len(line))
		for _, ch := range line {
			row = append(row, int(ch-'0'))
		}
		risk = append(risk, row)
	}
	fmt.Println("part 1:", Cave{risk, 1}.Lowest())
	fmt.Println("part 2:", Cave{risk, 5}.Lowest())
}
