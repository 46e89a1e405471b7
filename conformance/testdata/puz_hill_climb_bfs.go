package main

import (
	"fmt"
	"strings"
)

const input = `Sabqponm
abcryxxl
accszExk
acctuvwj
abdefghi`

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

var dirs = [4]Point{{0, -1}, {1, 0}, {0, 1}, {-1, 0}}

type Grid [][]byte

func (g Grid) In(p Point) bool {
	return p.Y >= 0 && p.Y < len(g) && p.X >= 0 && p.X < len(g[p.Y])
}

func (g Grid) At(p Point) byte { return g[p.Y][p.X] }

// bfs walks backwards from end: a step from q to p is allowed if
// height(p) <= height(q)+1, i.e. reverse step requires height(q) >= height(p)-1.
func (g Grid) bfs(end Point) map[Point]int {
	dist := map[Point]int{end: 0}
	queue := []Point{end}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, d := range dirs {
			nxt := cur.Add(d)
			if !g.In(nxt) {
				continue
			}
			if _, seen := dist[nxt]; seen {
				continue
			}
			if int(g.At(cur))-int(g.At(nxt)) > 1 {
				continue
			}
			dist[nxt] = dist[cur] + 1
			queue = append(queue, nxt)
		}
	}
	return dist
}

func main() {
	var g Grid
	var start, end Point
	for y, line := range strings.Split(input, "\n") {
		row := []byte(line)
		for x, c := range row {
			switch c {
			case 'S':
				start = Point{x, y}
				row[x] = 'a'
			case 'E':
				end = Point{x, y}
				row[x] = 'z'
			}
		}
		g = append(g, row)
	}
	dist := g.bfs(end)
	fmt.Println("start", start, "end", end)
	fmt.Println("part 1:", dist[start])
	best := -1
	var bestAt Point
	for y := range g {
		for x := range g[y] {
			p := Point{x, y}
			d, ok := dist[p]
			if g.At(p) == 'a' && ok && (best < 0 || d < best || d == best && (p.Y < bestAt.Y || p.Y == bestAt.Y && p.X < bestAt.X)) {
				best, bestAt = d, p
			}
		}
	}
	fmt.Println("part 2:", best, "from", bestAt)
}
