package main

import (
	"fmt"
	"strings"
	"sync"
)

type Grid [][]int

func NewGrid(h, w int) Grid {
	g := make(Grid, h)
	for y := range g {
		g[y] = make([]int, w)
	}
	return g
}

func (g Grid) at(y, x int) int {
	y = max(0, min(len(g)-1, y))
	x = max(0, min(len(g[0])-1, x))
	return g[y][x]
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for x, v := range row {
			if x > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%3d", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Kernel [3][3]int

// Apply convolves g with k using `workers` goroutines pulling row indices.
func Apply(g Grid, k Kernel, div, workers int) Grid {
	out := NewGrid(len(g), len(g[0]))
	rows := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for y := range rows {
				for x := range g[y] {
					s := 0
					for dy := -1; dy <= 1; dy++ {
						for dx := -1; dx <= 1; dx++ {
							s += k[dy+1][dx+1] * g.at(y+dy, x+dx)
						}
					}
					out[y][x] = s / div
				}
			}
		})
	}
	for y := range g {
		rows <- y
	}
	close(rows)
	wg.Wait()
	return out
}

func main() {
	g := NewGrid(6, 8)
	for y := range g {
		for x := range g[y] {
			if (x/2+y/2)%2 == 0 {
				g[y][x] = 90
			}
		}
	}
	fmt.Print("input:\n", g)
	blur := Kernel{{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}
	fmt.Print("blur:\n", Apply(g, blur, 9, 3))
	edge := Kernel{{0, -1, 0}, {-1, 4, -1}, {0, -1, 0}}
	fmt.Print("edge:\n", Apply(g, edge, 1, 4))
}
