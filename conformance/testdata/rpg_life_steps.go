// Conway's game of life on a wrapping board for a fixed number of steps.
package main

import (
	"fmt"
	"strings"
)

type Board struct {
	W, H  int
	cells [][]bool
}

func NewBoard(pattern string) *Board {
	lines := strings.Split(strings.TrimSpace(pattern), "\n")
	b := &Board{W: len(lines[0]), H: len(lines)}
	b.cells = make([][]bool, b.H)
	for y, line := range lines {
		b.cells[y] = make([]bool, b.W)
		for x, ch := range line {
			b.cells[y][x] = ch == '#'
		}
	}
	return b
}

func (b *Board) Alive(x, y int) bool {
	x = (x + b.W) % b.W
	y = (y + b.H) % b.H
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

// Step returns the next generation; the receiver is left unchanged.
func (b *Board) Step() *Board {
	next := &Board{W: b.W, H: b.H, cells: make([][]bool, b.H)}
	for y := range b.H {
		next.cells[y] = make([]bool, b.W)
		for x := range b.W {
			n := b.Neighbors(x, y)
			next.cells[y][x] = n == 3 || (n == 2 && b.cells[y][x])
		}
	}
	return next
}

func (b *Board) Population() int {
	count := 0
	for _, row := range b.cells {
		for _, c := range row {
			if c {
				count++
			}
		}
	}
	return count
}

func (b *Board) String() string {
	var sb strings.Builder
	for _, row := range b.cells {
		for _, c := range row {
			sb.WriteByte(".#"[boolToInt(c)])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func boolToInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

const start = `
..#.......
...#......
.###......
..........
......###.
..........
..........
..........`

func main() {
	b := NewBoard(start)
	history := []int{b.Population()}
	fmt.Printf("gen 0 (%dx%d):\n%v", b.W, b.H, b)
	for gen := 1; gen <= 8; gen++ {
		b = b.Step()
		history = append(history, b.Population())
		if gen%4 == 0 {
			fmt.Printf("gen %d:\n%v", gen, b)
		}
	}
	fmt.Println("population by generation:", history)
}
