package main

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) coord(axis int) int {
	if axis == 0 {
		return p.X
	}
	return p.Y
}

func dist2(a, b Point) int {
	dx, dy := a.X-b.X, a.Y-b.Y
	return dx*dx + dy*dy
}

type kdNode struct {
	p           Point
	axis        int
	left, right *kdNode
}

type KDTree struct {
	root    *kdNode
	visited int
}

// build splits on the median along alternating axes.
func build(pts []Point, depth int) *kdNode {
	if len(pts) == 0 {
		return nil
	}
	axis := depth % 2
	slices.SortFunc(pts, func(a, b Point) int {
		return cmp.Or(cmp.Compare(a.coord(axis), b.coord(axis)), cmp.Compare(a.coord(1-axis), b.coord(1-axis)))
	})
	m := len(pts) / 2
	return &kdNode{
		p:     pts[m],
		axis:  axis,
		left:  build(pts[:m], depth+1),
		right: build(pts[m+1:], depth+1),
	}
}

func NewKDTree(pts []Point) *KDTree {
	return &KDTree{root: build(slices.Clone(pts), 0)}
}

func (t *KDTree) Nearest(q Point) (best Point, bestD int) {
	t.visited = 0
	bestD = -1
	var search func(n *kdNode)
	search = func(n *kdNode) {
		if n == nil {
			return
		}
		t.visited++
		if d := dist2(n.p, q); bestD < 0 || d < bestD || (d == bestD && n.p.X < best.X) {
			best, bestD = n.p, d
		}
		diff := q.coord(n.axis) - n.p.coord(n.axis)
		near, far := n.left, n.right
		if diff > 0 {
			near, far = far, near
		}
		search(near)
		if diff*diff <= bestD { // the splitting line is within reach
			search(far)
		}
	}
	search(t.root)
	return best, bestD
}

func (t *KDTree) String() string {
	var sb strings.Builder
	var show func(n *kdNode, depth int)
	show = func(n *kdNode, depth int) {
		if n == nil {
			return
		}
		fmt.Fprintf(&sb, "%s%v split=%s\n", strings.Repeat("  ", depth), n.p, []string{"x", "y"}[n.axis])
		show(n.left, depth+1)
		show(n.right, depth+1)
	}
	show(t.root, 0)
	return sb.String()
}

func bruteForce(pts []Point, q Point) int {
	best := -1
	for _, p := range pts {
		if d := dist2(p, q); best < 0 || d < best {
			best = d
		}
	}
	return best
}

func main() {
	pts := []Point{{2, 3}, {5, 4}, {9, 6}, {4, 7}, {8, 1}, {7, 2}, {1, 9}, {6, 8}, {3, 1}, {9, 9}}
	t := NewKDTree(pts)
	fmt.Print(t)
	for _, q := range []Point{{9, 2}, {3, 8}, {5, 5}, {0, 0}} {
		p, d := t.Nearest(q)
		fmt.Printf("nearest to %v: %v dist2=%d visited=%d\n", q, p, d, t.visited)
	}

	rng := rand.New(rand.NewPCG(1, 2))
	many := make([]Point, 500)
	for i := range many {
		many[i] = Point{rng.IntN(1000), rng.IntN(1000)}
	}
	big := NewKDTree(many)
	totalVisited, mismatches := 0, 0
	for range 50 {
		q := Point{rng.IntN(1000), rng.IntN(1000)}
		_, d := big.Nearest(q)
		totalVisited += big.visited
		if d != bruteForce(many, q) {
			mismatches++
		}
	}
	fmt.Printf("500 points, 50 queries: mismatches=%d avg visited=%.1f\n", mismatches, float64(totalVisited)/50)
}
