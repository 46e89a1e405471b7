package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Point struct{ X, Y int }

func cross(o, a, b Point) int {
	return (a.X-o.X)*(b.Y-o.Y) - (a.Y-o.Y)*(b.X-o.X)
}

// ConvexHull uses Andrew's monotone chain; result is counter-clockwise in math
// orientation (clockwise on screen, where y grows downwards).
func ConvexHull(pts []Point) []Point {
	ps := slices.Clone(pts)
	slices.SortFunc(ps, func(a, b Point) int {
		return cmp.Or(cmp.Compare(a.X, b.X), cmp.Compare(a.Y, b.Y))
	})
	ps = slices.Compact(ps)
	if len(ps) < 3 {
		return ps
	}
	var hull []Point
	for pass := range 2 {
		start := len(hull)
		for _, p := range ps {
			for len(hull) >= start+2 && cross(hull[len(hull)-2], hull[len(hull)-1], p) <= 0 {
				hull = hull[:len(hull)-1]
			}
			hull = append(hull, p)
		}
		hull = hull[:len(hull)-1]
		if pass == 0 {
			slices.Reverse(ps)
		}
	}
	return hull
}

func area2(poly []Point) int {
	s := 0
	for i, p := range poly {
		q := poly[(i+1)%len(poly)]
		s += p.X*q.Y - q.X*p.Y
	}
	return max(s, -s)
}

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	var pts []Point
	for len(pts) < 30 {
		// Keep only points inside an ellipse so the hull is not just the box.
		p := Point{4 + rng.IntN(48), 1 + rng.IntN(16)}
		if dx, dy := p.X-28, p.Y-9; dx*dx*64+dy*dy*576 <= 576*64 {
			pts = append(pts, p)
		}
	}
	hull := ConvexHull(pts)
	fmt.Printf("%d points, hull has %d vertices\n", len(pts), len(hull))
	for i, p := range hull {
		fmt.Printf("  h%-2d %+v\n", i, p)
	}
	fmt.Printf("hull area: %.1f\n", float64(area2(hull))/2)

	grid := make([][]byte, 18)
	for i := range grid {
		grid[i] = []byte(strings.Repeat(" ", 56))
	}
	for i, a := range hull {
		b := hull[(i+1)%len(hull)]
		n := max(b.X-a.X, a.X-b.X, b.Y-a.Y, a.Y-b.Y)
		for k := 0; k <= n; k++ {
			x := a.X + (b.X-a.X)*k/n
			y := a.Y + (b.Y-a.Y)*k/n
			grid[y][x] = '\''
		}
	}
	for _, p := range pts {
		grid[p.Y][p.X] = '.'
	}
	for i, p := range hull {
		grid[p.Y][p.X] = "0123456789abcdefghij"[i]
	}
	for _, row := range grid {
		fmt.Println(strings.TrimRight(string(row), " "))
	}
	inside := 0
	for _, p := range pts {
		ok := true
		for i, a := range hull {
			if cross(a, hull[(i+1)%len(hull)], p) < 0 {
				ok = false
			}
		}
		if ok {
			inside++
		}
	}
	fmt.Printf("points inside or on hull: %d/%d\n", inside, len(pts))
}
