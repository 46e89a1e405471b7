package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

// Life is a toroidal Game of Life board storing only live cells.
type Life struct {
	W, H  int
	alive map[Point]bool
	gen   int
}

func NewLife(w, h int) *Life { return &Life{W: w, H: h, alive: map[Point]bool{}} }

func (l *Life) wrap(p Point) Point {
	return Point{(p.X%l.W + l.W) % l.W, (p.Y%l.H + l.H) % l.H}
}

// Stamp places a pattern drawn with '#' at the given offset.
func (l *Life) Stamp(x, y int, pattern ...string) {
	for dy, row := range pattern {
		for dx, ch := range row {
			if ch == '#' {
				l.alive[l.wrap(Point{x + dx, y + dy})] = true
			}
		}
	}
}

func (l *Life) Step() {
	counts := map[Point]int{}
	for p := range l.alive {
		for dy := -1; dy <= 1; dy++ {
			for dx := -1; dx <= 1; dx++ {
				if dx != 0 || dy != 0 {
					counts[l.wrap(Point{p.X + dx, p.Y + dy})]++
				}
			}
		}
	}
	next := map[Point]bool{}
	for p, n := range counts {
		if n == 3 || (n == 2 && l.alive[p]) {
			next[p] = true
		}
	}
	l.alive = next
	l.gen++
}

func (l *Life) Population() int { return len(l.alive) }

func (l *Life) String() string {
	var sb strings.Builder
	for y := range l.H {
		for x := range l.W {
			if l.alive[Point{x, y}] {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	life := NewLife(16, 8)
	life.Stamp(1, 1, ".#.", "..#", "###") // glider
	life.Stamp(10, 1, "###")              // blinker
	life.Stamp(12, 5, "##", "##")         // block

	for _, show := range []int{0, 1, 4} {
		for life.gen < show {
			life.Step()
		}
		fmt.Printf("generation %d (population %d)\n", life.gen, life.Population())
		fmt.Print(life)
	}

	history := map[string]int{}
	for life.gen < 200 {
		state := life.String()
		if first, seen := history[state]; seen {
			fmt.Printf("state at gen %d repeats gen %d (period %d)\n", life.gen, first, life.gen-first)
			break
		}
		history[state] = life.gen
		if life.gen%10 == 0 {
			fmt.Printf("gen %3d: population %2d\n", life.gen, life.Population())
		}
		life.Step()
	}
	fmt.Printf("final generation %d, population %d\n", life.gen, life.Population())
}
