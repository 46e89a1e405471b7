package main

import (
	"fmt"
	"slices"
	"strings"
)

type Point struct{ X, Y int }

// CirclePoints returns the points of a circle using the midpoint algorithm.
func CirclePoints(cx, cy, r int) []Point {
	seen := map[Point]bool{}
	var pts []Point
	add := func(x, y int) {
		p := Point{cx + x, cy + y}
		if !seen[p] {
			seen[p] = true
			pts = append(pts, p)
		}
	}
	x, y := r, 0
	d := 1 - r
	for x >= y {
		for _, s := range [][2]int{{x, y}, {y, x}, {-y, x}, {-x, y}, {-x, -y}, {-y, -x}, {y, -x}, {x, -y}} {
			add(s[0], s[1])
		}
		y++
		if d < 0 {
			d += 2*y + 1
		} else {
			x--
			d += 2*(y-x) + 1
		}
	}
	slices.SortFunc(pts, func(a, b Point) int {
		if a.Y != b.Y {
			return a.Y - b.Y
		}
		return a.X - b.X
	})
	return pts
}

type Canvas [][]rune

func NewCanvas(w, h int) Canvas {
	c := make(Canvas, h)
	for i := range c {
		c[i] = []rune(strings.Repeat(" ", w))
	}
	return c
}

func (c Canvas) Plot(p Point, r rune) {
	if p.Y >= 0 && p.Y < len(c) && p.X >= 0 && p.X < len(c[p.Y]) {
		c[p.Y][p.X] = r
	}
}

func (c Canvas) FillDisc(cx, cy, r int, ch rune) int {
	n := 0
	for y := cy - r; y <= cy+r; y++ {
		for x := cx - r; x <= cx+r; x++ {
			dx, dy := x-cx, y-cy
			if dx*dx+dy*dy <= r*r+r {
				c.Plot(Point{x, y}, ch)
				n++
			}
		}
	}
	return n
}

func main() {
	fmt.Println("radius  points")
	for r := 1; r <= 6; r++ {
		fmt.Printf("%6d  %6d\n", r, len(CirclePoints(0, 0, r)))
	}
	fmt.Printf("r=3 points: %v\n", CirclePoints(0, 0, 3)[:6])

	c := NewCanvas(44, 21)
	filled := c.FillDisc(32, 10, 4, '.')
	for _, r := range []int{3, 6, 9} {
		for _, p := range CirclePoints(12, 10, r) {
			c.Plot(p, rune('0'+r))
		}
	}
	for _, p := range CirclePoints(32, 10, 4) {
		c.Plot(p, 'O')
	}
	fmt.Println("filled disc pixels:", filled)
	for _, row := range c {
		fmt.Println("|" + strings.TrimRight(string(row), " "))
	}
}
