package main

import (
	"cmp"
	"fmt"
	"slices"
)

type point struct{ x, y int }

func (p point) sub(q point) point { return point{p.x - q.x, p.y - q.y} }

func cross(a, b point) int { return a.x*b.y - a.y*b.x }

// orient is positive for a counter-clockwise turn o->a->b.
func orient(o, a, b point) int { return cross(a.sub(o), b.sub(o)) }

func convexHull(pts []point) []point {
	ps := slices.Clone(pts)
	slices.SortFunc(ps, func(a, b point) int { return cmp.Or(cmp.Compare(a.x, b.x), cmp.Compare(a.y, b.y)) })
	ps = slices.Compact(ps)
	if len(ps) < 3 {
		return ps
	}
	var hull []point
	build := func(seq []point) {
		start := len(hull)
		for _, p := range seq {
			for len(hull) >= start+2 && orient(hull[len(hull)-2], hull[len(hull)-1], p) <= 0 {
				hull = hull[:len(hull)-1]
			}
			hull = append(hull, p)
		}
		hull = hull[:len(hull)-1]
	}
	build(ps)
	rev := slices.Clone(ps)
	slices.Reverse(rev)
	build(rev)
	return hull
}

func area2(poly []point) int {
	s := 0
	for i := range poly {
		s += cross(poly[i], poly[(i+1)%len(poly)])
	}
	return s
}

func sign(v int) int {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}

func onSegment(p, q, r point) bool {
	return min(p.x, r.x) <= q.x && q.x <= max(p.x, r.x) && min(p.y, r.y) <= q.y && q.y <= max(p.y, r.y)
}

func segmentsIntersect(p1, p2, q1, q2 point) bool {
	d1, d2 := sign(orient(q1, q2, p1)), sign(orient(q1, q2, p2))
	d3, d4 := sign(orient(p1, p2, q1)), sign(orient(p1, p2, q2))
	if d1*d2 < 0 && d3*d4 < 0 {
		return true
	}
	return (d1 == 0 && onSegment(q1, p1, q2)) || (d2 == 0 && onSegment(q1, p2, q2)) ||
		(d3 == 0 && onSegment(p1, q1, p2)) || (d4 == 0 && onSegment(p1, q2, p2))
}

func main() {
	pts := []point{
		{0, 3}, {2, 2}, {1, 1}, {2, 1}, {3, 0}, {0, 0}, {3, 3}, {1, 2}, {2, 3}, {4, 2}, {1, 4}, {3, 0},
	}
	hull := convexHull(pts)
	fmt.Println("hull (ccw):", hull)
	fmt.Printf("hull vertices=%d twice-area=%d\n", len(hull), area2(hull))
	fmt.Println("collinear input:", convexHull([]point{{0, 0}, {1, 1}, {2, 2}, {3, 3}}))

	tests := []struct {
		name           string
		p1, p2, q1, q2 point
	}{
		{"crossing", point{0, 0}, point{4, 4}, point{0, 4}, point{4, 0}},
		{"parallel", point{0, 0}, point{4, 0}, point{0, 1}, point{4, 1}},
		{"touching end", point{0, 0}, point{2, 2}, point{2, 2}, point{5, 0}},
		{"collinear overlap", point{0, 0}, point{3, 0}, point{2, 0}, point{6, 0}},
		{"collinear disjoint", point{0, 0}, point{1, 0}, point{2, 0}, point{3, 0}},
		{"T junction", point{0, 0}, point{4, 0}, point{2, 0}, point{2, 5}},
		{"near miss", point{0, 0}, point{2, 2}, point{3, 0}, point{3, 5}},
	}
	for _, t := range tests {
		fmt.Printf("%-18s %v-%v vs %v-%v: %v\n", t.name, t.p1, t.p2, t.q1, t.q2,
			segmentsIntersect(t.p1, t.p2, t.q1, t.q2))
	}
}
