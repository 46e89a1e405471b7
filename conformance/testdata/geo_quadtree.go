package main

import (
	"cmp"
	"fmt"
	"math/rand"
	"slices"
	"strings"
)

type Point struct{ X, Y float64 }

type Rect struct{ X, Y, W, H float64 }

func (r Rect) Contains(p Point) bool {
	return p.X >= r.X && p.X < r.X+r.W && p.Y >= r.Y && p.Y < r.Y+r.H
}

func (r Rect) Intersects(o Rect) bool {
	return r.X < o.X+o.W && o.X < r.X+r.W && r.Y < o.Y+o.H && o.Y < r.Y+r.H
}

const capacity = 4

type QuadTree struct {
	bounds Rect
	depth  int
	points []Point
	kids   []*QuadTree
}

func New(b Rect) *QuadTree { return &QuadTree{bounds: b} }

func (q *QuadTree) Insert(p Point) bool {
	if !q.bounds.Contains(p) {
		return false
	}
	if q.kids == nil {
		if len(q.points) < capacity || q.depth >= 6 {
			q.points = append(q.points, p)
			return true
		}
		q.split()
	}
	for _, k := range q.kids {
		if k.Insert(p) {
			return true
		}
	}
	return false
}

func (q *QuadTree) split() {
	b := q.bounds
	hw, hh := b.W/2, b.H/2
	for _, off := range [][2]float64{{0, 0}, {hw, 0}, {0, hh}, {hw, hh}} {
		q.kids = append(q.kids, &QuadTree{bounds: Rect{b.X + off[0], b.Y + off[1], hw, hh}, depth: q.depth + 1})
	}
	old := q.points
	q.points = nil
	for _, p := range old {
		for _, k := range q.kids {
			if k.Insert(p) {
				break
			}
		}
	}
}

func (q *QuadTree) Query(r Rect, out []Point, visited *int) []Point {
	*visited++
	if !q.bounds.Intersects(r) {
		return out
	}
	for _, p := range q.points {
		if r.Contains(p) {
			out = append(out, p)
		}
	}
	for _, k := range q.kids {
		out = k.Query(r, out, visited)
	}
	return out
}

func (q *QuadTree) Walk(fn func(n *QuadTree)) {
	fn(q)
	for _, k := range q.kids {
		k.Walk(fn)
	}
}

func sortPts(ps []Point) {
	slices.SortFunc(ps, func(a, b Point) int {
		return cmp.Or(cmp.Compare(a.X, b.X), cmp.Compare(a.Y, b.Y))
	})
}

func main() {
	rng := rand.New(rand.NewSource(7))
	qt := New(Rect{0, 0, 100, 100})
	var all []Point
	for range 120 {
		p := Point{float64(rng.Intn(1000)) / 10, float64(rng.Intn(1000)) / 10}
		if p.X < 50 && p.Y < 50 && rng.Intn(2) == 0 {
			p.X, p.Y = p.X/4, p.Y/4 // cluster near the origin
		}
		all = append(all, p)
		qt.Insert(p)
	}
	nodes, leaves, maxD := 0, 0, 0
	perDepth := map[int]int{}
	qt.Walk(func(n *QuadTree) {
		nodes++
		perDepth[n.depth]++
		maxD = max(maxD, n.depth)
		if n.kids == nil {
			leaves++
		}
	})
	fmt.Printf("points=%d nodes=%d leaves=%d maxDepth=%d\n", len(all), nodes, leaves, maxD)
	for d := range maxD + 1 {
		fmt.Printf("depth %d: %-3d %s\n", d, perDepth[d], strings.Repeat("*", perDepth[d]))
	}
	queries := []Rect{{0, 0, 10, 10}, {40, 40, 20, 20}, {90, 0, 10, 100}, {25, 60, 5, 5}, {0, 0, 100, 100}}
	for _, r := range queries {
		visited := 0
		got := qt.Query(r, nil, &visited)
		var want []Point
		for _, p := range all {
			if r.Contains(p) {
				want = append(want, p)
			}
		}
		sortPts(got)
		sortPts(want)
		fmt.Printf("query %+v: found=%d visited=%d match=%t\n", r, len(got), visited, slices.Equal(got, want))
		if len(got) > 0 && len(got) <= 6 {
			fmt.Printf("    %v\n", got)
		}
	}
}
