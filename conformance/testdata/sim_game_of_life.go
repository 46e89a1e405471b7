package main

import (
	"fmt"
	"strings"
)

const (
	width  = 10
	height = 8
)

type Grid [height][width]bool

func (g *Grid) Set(cells ...[2]int) {
	for _, c := range cells {
		g[c[0]][c[1]] = true
	}
}

func (g Grid) Neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr := (r + dr + height) % height
			cc := (c + dc + width) % width
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Next() Grid {
	var out Grid
	for r := range height {
		for c := range width {
			n := g.Neighbors(r, c)
			out[r][c] = n == 3 || (n == 2 && g[r][c])
		}
	}
	return out
}

func (g Grid) Alive() int {
	count := 0
	for _, row := range g {
		for _, cell := range row {
			if cell {
				count++
			}
		}
	}
	return count
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, cell := range row {
			if cell {
				sb.WriteString("#")
			} else {
				sb.WriteString(".")
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	var g Grid
	// glider
	g.Set([2]int{0, 1}, [2]int{1, 2}, [2]int{2, 0}, [2]int{2, 1}, [2]int{2, 2})
	// blinker
	g.Set([2]int{5, 6}, [2]int{5, 7}, [2]int{5, 8})

	seen := map[Grid]int{}
	for gen := 0; gen <= 4; gen++ {
		fmt.Printf("generation %d (alive=%d)\n%v", gen, g.Alive(), g)
		seen[g] = gen
		g = g.Next()
	}
	for gen := 5; gen < 200; gen++ {
		if first, ok := seen[g]; ok {
			fmt.Printf("state at generation %d repeats generation %d (period %d)\n", gen, first, gen-first)
			break
		}
		seen[g] = gen
		g = g.Next()
	}
}
