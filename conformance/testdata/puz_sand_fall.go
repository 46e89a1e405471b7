package main

import (
	"fmt"
	"strings"
)

const input = `498,4 -> 498,6 -> 496,6
503,4 -> 502,4 -> 502,9 -> 494,9`

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("%d,%d", p.X, p.Y) }

type Cave struct {
	solid map[Point]struct{}
	floor int
}

func (c *Cave) Blocked(p Point, withFloor bool) bool {
	if withFloor && p.Y == c.floor {
		return true
	}
	_, ok := c.solid[p]
	return ok
}

func ParseCave(s string) *Cave {
	c := &Cave{solid: map[Point]struct{}{}}
	for _, line := range strings.Split(s, "\n") {
		var pts []Point
		for _, part := range strings.Split(line, " -> ") {
			var p Point
			fmt.Sscanf(part, "%d,%d", &p.X, &p.Y)
			pts = append(pts, p)
		}
		for i := 1; i < len(pts); i++ {
			a, b := pts[i-1], pts[i]
			for x := min(a.X, b.X); x <= max(a.X, b.X); x++ {
				for y := min(a.Y, b.Y); y <= max(a.Y, b.Y); y++ {
					c.solid[Point{x, y}] = struct{}{}
					c.floor = max(c.floor, y+2)
				}
			}
		}
	}
	return c
}

// Drop lets one unit of sand fall from the source; it reports where it rested,
// or false if it fell into the abyss.
func (c *Cave) Drop(withFloor bool) (Point, bool) {
	p := Point{500, 0}
	for p.Y < c.floor {
		moved := false
		for _, dx := range []int{0, -1, 1} {
			next := Point{p.X + dx, p.Y + 1}
			if !c.Blocked(next, withFloor) {
				p, moved = next, true
				break
			}
		}
		if !moved {
			c.solid[p] = struct{}{}
			return p, true
		}
	}
	return p, false
}

func main() {
	c := ParseCave(input)
	n := 0
	var last Point
	for {
		p, ok := c.Drop(false)
		if !ok {
			break
		}
		n, last = n+1, p
	}
	fmt.Println("part 1:", n, "last rest at", last)

	c = ParseCave(input)
	n = 0
	for {
		p, _ := c.Drop(true)
		n++
		if p == (Point{500, 0}) {
			break
		}
	}
	fmt.Println("part 2:", n)
}
