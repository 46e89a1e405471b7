package main

import (
	"fmt"
	"strings"
)

const input = `.#.#.#
...##.
#....#
..#...
#.#..#
####..`

type Grid [][]byte

func Parse(s string) Grid {
	var g Grid
	for _, line := range strings.Split(s, "\n") {
		g = append(g, []byte(line))
	}
	return g
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		sb.Write(row)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g Grid) neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dx == 0 && dy == 0 {
				continue
			}
			nx, ny := x+dx, y+dy
			if ny >= 0 && ny < len(g) && nx >= 0 && nx < len(g[ny]) && g[ny][nx] == '#' {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	next := make(Grid, len(g))
	for y, row := range g {
		next[y] = make([]byte, len(row))
		for x, c := range row {
			n := g.neighbors(x, y)
			switch {
			case c == '#' && (n == 2 || n == 3), c == '.' && n == 3:
				next[y][x] = '#'
			default:
				next[y][x] = '.'
			}
		}
	}
	return next
}

func (g Grid) LightCorners() {
	h, w := len(g), len(g[0])
	g[0][0], g[0][w-1], g[h-1][0], g[h-1][w-1] = '#', '#', '#', '#'
}

func (g Grid) On() int {
	n := 0
	for _, row := range g {
		n += strings.Count(string(row), "#")
	}
	return n
}

func main() {
	g := Parse(input)
	for range 4 {
		g = g.Step()
	}
	fmt.Print(g)
	fmt.Println("part 1:", g.On())

	g = Parse(input)
	g.LightCorners()
	for range 5 {
		g = g.Step()
		g.LightCorners()
	}
	fmt.Print(g)
	fmt.Println("part 2:", g.On())
}
