package main

import (
	"fmt"
	"strings"
)

type Board struct {
	w, h  int
	cells [][]bool
	wrap  bool
}

func NewBoard(w, h int, wrap bool, pattern string, ox, oy int) *Board {
	b := &Board{w: w, h: h, wrap: wrap, cells: make([][]bool, h)}
	for y := range b.cells {
		b.cells[y] = make([]bool, w)
	}
	for y, line := range strings.Split(pattern, "/") {
		for x, ch := range line {
			if ch == '#' {
				b.cells[oy+y][ox+x] = true
			}
		}
	}
	return b
}

func (b *Board) Alive(x, y int) bool {
	if b.wrap {
		x, y = (x+b.w)%b.w, (y+b.h)%b.h
	} else if x < 0 || y < 0 || x >= b.w || y >= b.h {
		return false
	}
	return b.cells[y][x]
}

func (b *Board) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && b.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

// Rule decides the next state of a cell from its state and neighbor count.
type Rule func(alive bool, n int) bool

func Conway(alive bool, n int) bool { return n == 3 || alive && n == 2 }
func HighLife(alive bool, n int) bool {
	return alive && (n == 2 || n == 3) || !alive && (n == 3 || n == 6)
}

func (b *Board) Step(rule Rule) *Board {
	next := &Board{w: b.w, h: b.h, wrap: b.wrap, cells: make([][]bool, b.h)}
	for y := 0; y < b.h; y++ {
		next.cells[y] = make([]bool, b.w)
		for x := 0; x < b.w; x++ {
			next.cells[y][x] = rule(b.cells[y][x], b.Neighbors(x, y))
		}
	}
	return next
}

func (b *Board) Population() int {
	n := 0
	for _, row := range b.cells {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func (b *Board) String() string {
	rows := make([]string, b.h)
	for y, row := range b.cells {
		var sb strings.Builder
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		rows[y] = sb.String()
	}
	return strings.Join(rows, "\n")
}

func run(title string, b *Board, rule Rule, gens int, show map[int]bool) {
	fmt.Printf("== %s ==\n", title)
	seen := map[string]int{}
	for g := 0; g <= gens; g++ {
		key := b.String()
		if prev, ok := seen[key]; ok {
			fmt.Printf("gen %d repeats gen %d (period %d), population %d\n", g, prev, g-prev, b.Population())
			return
		}
		seen[key] = g
		if show[g] {
			fmt.Printf("gen %d, population %d\n%s\n", g, b.Population(), key)
		}
		b = b.Step(rule)
	}
	fmt.Printf("after %d generations population is %d\n", gens, b.Population())
}

func main() {
	run("glider on 8x6 torus", NewBoard(8, 6, true, ".#./..#/###", 0, 0), Conway, 100, map[int]bool{0: true, 4: true})
	run("blinker", NewBoard(5, 5, false, "###", 1, 2), Conway, 10, map[int]bool{0: true, 1: true})
	run("r-pentomino, HighLife, bounded 12x8", NewBoard(12, 8, false, ".##/##./.#.", 5, 3), HighLife, 30, map[int]bool{3: true})
}
