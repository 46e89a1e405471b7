package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Pt struct{ X, Y int }

func cross(o, a, b Pt) int { return (a.X-o.X)*(b.Y-o.Y) - (a.Y-o.Y)*(b.X-o.X) }

func byXY(a, b Pt) int {
	if c := cmp.Compare(a.X, b.X); c != 0 {
		return c
	}
	return cmp.Compare(a.Y, b.Y)
}

// Hull returns the convex hull in counter-clockwise order (Andrew's monotone chain).
func Hull(pts []Pt) []Pt {
	ps := slices.Clone(pts)
	slices.SortFunc(ps, byXY)
	ps = slices.Compact(ps)
	if len(ps) < 3 {
		return ps
	}
	h := make([]Pt, 0, 2*len(ps))
	for _, p := range ps {
		for len(h) >= 2 && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p)
	}
	lower := len(h) + 1
	for i := len(ps) - 2; i >= 0; i-- {
		p := ps[i]
		for len(h) >= lower && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p)
	}
	return h[:len(h)-1]
}

func twiceArea(h []Pt) int {
	s := 0
	for i := range h {
		j := (i + 1) % len(h)
		s += h[i].X*h[j].Y - h[j].X*h[i].Y
	}
	return s
}

func main() {
	r := rand.New(rand.NewPCG(42, 7))
	pts := make([]Pt, 0, 40)
	for range 40 {
		pts = append(pts, Pt{r.IntN(31) - 15, r.IntN(13) - 6})
	}
	fmt.Println("first points:", pts[:6])
	h := Hull(pts)
	fmt.Printf("hull has %d vertices (of %d points)\n", len(h), len(pts))
	for i, p := range h {
		fmt.Printf("  %2d: %+v\n", i, p)
	}
	a := twiceArea(h)
	fmt.Printf("twice area = %d, area = %.1f\n", a, float64(a)/2)

	onHull := make(map[Pt]bool, len(h))
	for _, p := range h {
		onHull[p] = true
	}
	grid := make([][]byte, 13)
	for y := range grid {
		grid[y] = []byte(strings.Repeat(".", 31))
	}
	for _, p := range pts {
		c := byte('o')
		if onHull[p] {
			c = '#'
		}
		grid[6-p.Y][p.X+15] = c
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}

	cases := map[string][]Pt{
		"empty":     nil,
		"single":    {{1, 1}},
		"duplicate": {{2, 2}, {2, 2}, {2, 2}},
		"collinear": {{0, 0}, {1, 1}, {2, 2}, {3, 3}},
		"square+in": {{0, 0}, {4, 0}, {4, 4}, {0, 4}, {2, 2}, {1, 3}, {2, 0}},
		"triangle":  {{0, 0}, {5, 0}, {0, 5}, {1, 1}},
	}
	keys := make([]string, 0, len(cases))
	for k := range cases {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		hh := Hull(cases[k])
		fmt.Printf("%-10s -> %v (len %d)\n", k, hh, len(hh))
	}
}
