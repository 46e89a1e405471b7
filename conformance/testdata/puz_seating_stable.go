package main

import (
	"fmt"
	"slices"
	"strings"
)

const input = `L.LL.LL.LL
LLLLLLL.LL
L.L.L..L..
LLLL.LL.LL
L.LL.LL.LL
L.LLLLL.LL
..L.L.....
LLLLLLLLLL
L.LLLLLL.L
L.LLLLL.LL`

type Point struct{ X, Y int }

var dirs []Point

func init() {
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dx != 0 || dy != 0 {
				dirs = append(dirs, Point{dx, dy})
			}
		}
	}
}

type Seats [][]byte

func (s Seats) in(p Point) bool { return p.Y >= 0 && p.Y < len(s) && p.X >= 0 && p.X < len(s[0]) }

func (s Seats) occupiedSeen(p Point, farSight bool) int {
	n := 0
	for _, d := range dirs {
		q := Point{p.X + d.X, p.Y + d.Y}
		for farSight && s.in(q) && s[q.Y][q.X] == '.' {
			q = Point{q.X + d.X, q.Y + d.Y}
		}
		if s.in(q) && s[q.Y][q.X] == '#' {
			n++
		}
	}
	return n
}

func (s Seats) Step(farSight bool, tolerance int) (Seats, bool) {
	next := make(Seats, len(s))
	changed := false
	for y, row := range s {
		next[y] = slices.Clone(row)
		for x, c := range row {
			n := s.occupiedSeen(Point{x, y}, farSight)
			switch {
			case c == 'L' && n == 0:
				next[y][x] = '#'
			case c == '#' && n >= tolerance:
				next[y][x] = 'L'
			}
			changed = changed || next[y][x] != c
		}
	}
	return next, changed
}

func settle(farSight bool, tolerance int) (occupied, rounds int) {
	var s Seats
	for _, line := range strings.Fields(input) {
		s = append(s, []byte(line))
	}
	for changed := true; changed; rounds++ {
		s, changed = s.Step(farSight, tolerance)
	}
	for _, row := range s {
		occupied += strings.Count(string(row), "#")
	}
	return occupied, rounds
}

func main() {
	occ, rounds := settle(false, 4)
	fmt.Printf("part 1: %d (after %d rounds)\n", occ, rounds)
	occ, rounds = settle(true, 5)
	fmt.Printf("part 2: %d (after %d rounds)\n", occ, rounds)
}
