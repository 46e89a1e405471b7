package main

import (
	"fmt"
	"strconv"
	"strings"
)

const input = `R 5
U 8
L 8
D 3
R 17
D 10
L 25
U 20`

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

var moves = map[string]Point{"R": {1, 0}, "L": {-1, 0}, "U": {0, 1}, "D": {0, -1}}

func sign(n int) int {
	switch {
	case n > 0:
		return 1
	case n < 0:
		return -1
	}
	return 0
}

func abs(n int) int { return max(n, -n) }

// follow moves tail one step toward head if they no longer touch.
func follow(head, tail Point) Point {
	dx, dy := head.X-tail.X, head.Y-tail.Y
	if abs(dx) <= 1 && abs(dy) <= 1 {
		return tail
	}
	return tail.Add(Point{sign(dx), sign(dy)})
}

type Rope []Point

func (r Rope) Simulate(steps []string) (visited map[Point]struct{}) {
	visited = map[Point]struct{}{r[len(r)-1]: {}}
	for _, line := range steps {
		dir, nStr, _ := strings.Cut(line, " ")
		n, _ := strconv.Atoi(nStr)
		for range n {
			r[0] = r[0].Add(moves[dir])
			for i := 1; i < len(r); i++ {
				r[i] = follow(r[i-1], r[i])
			}
			visited[r[len(r)-1]] = struct{}{}
		}
	}
	return visited
}

func main() {
	steps := strings.Split(input, "\n")
	short := make(Rope, 2)
	v1 := short.Simulate(steps)
	fmt.Println("part 1:", len(v1), "head at", short[0], "tail at", short[1])
	long := make(Rope, 10)
	v2 := long.Simulate(steps)
	fmt.Println("part 2:", len(v2), "tail at", long[9])
	minX, maxX := 0, 0
	for p := range v2 {
		minX, maxX = min(minX, p.X), max(maxX, p.X)
	}
	fmt.Println("tail x-span:", minX, maxX)
}
