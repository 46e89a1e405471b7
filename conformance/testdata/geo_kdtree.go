package main

import (
	"cmp"
	"fmt"
	"math"
	"math/rand"
	"slices"
	"sync"
)

type Point [2]float64

type Node struct {
	P           Point
	ID          int
	Axis        int
	Left, Right *Node
}

type Item struct {
	P  Point
	ID int
}

func Build(items []Item, depth int) *Node {
	if len(items) == 0 {
		return nil
	}
	axis := depth % 2
	slices.SortFunc(items, func(a, b Item) int {
		return cmp.Or(cmp.Compare(a.P[axis], b.P[axis]), cmp.Compare(a.ID, b.ID))
	})
	m := len(items) / 2
	return &Node{
		P: items[m].P, ID: items[m].ID, Axis: axis,
		Left:  Build(items[:m], depth+1),
		Right: Build(items[m+1:], depth+1),
	}
}

func d2(a, b Point) float64 { dx, dy := a[0]-b[0], a[1]-b[1]; return dx*dx + dy*dy }

// Nearest returns the id of the closest point and how many nodes were visited.
func (n *Node) Nearest(q Point) (best int, bestD float64, visited int) {
	best, bestD = -1, math.Inf(1)
	var walk func(n *Node)
	walk = func(n *Node) {
		if n == nil {
			return
		}
		visited++
		if d := d2(n.P, q); d < bestD || (d == bestD && n.ID < best) {
			best, bestD = n.ID, d
		}
		diff := q[n.Axis] - n.P[n.Axis]
		near, far := n.Left, n.Right
		if diff > 0 {
			near, far = far, near
		}
		walk(near)
		if diff*diff <= bestD {
			walk(far)
		}
	}
	walk(n)
	return best, math.Sqrt(bestD), visited
}

func (n *Node) Range(lo, hi Point, out *[]int) {
	if n == nil {
		return
	}
	if n.P[0] >= lo[0] && n.P[0] <= hi[0] && n.P[1] >= lo[1] && n.P[1] <= hi[1] {
		*out = append(*out, n.ID)
	}
	if lo[n.Axis] <= n.P[n.Axis] {
		n.Left.Range(lo, hi, out)
	}
	if hi[n.Axis] >= n.P[n.Axis] {
		n.Right.Range(lo, hi, out)
	}
}

func (n *Node) Height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.Left.Height(), n.Right.Height())
}

type answer struct {
	q       Point
	id      int
	dist    float64
	visited int
	brute   int
}

func main() {
	rng := rand.New(rand.NewSource(5))
	pts := make([]Item, 500)
	for i := range pts {
		pts[i] = Item{Point{math.Round(rng.Float64()*10000) / 100, math.Round(rng.Float64()*10000) / 100}, i}
	}
	root := Build(slices.Clone(pts), 0)
	fmt.Printf("root=%+v height=%d\n", Item{root.P, root.ID}, root.Height())

	queries := make([]Point, 16)
	for i := range queries {
		queries[i] = Point{float64(rng.Intn(100)), float64(rng.Intn(100))}
	}
	answers := make([]answer, len(queries))
	var wg sync.WaitGroup
	for i, q := range queries {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id, dist, vis := root.Nearest(q)
			bid, bd := -1, math.Inf(1)
			for _, it := range pts {
				if d := d2(it.P, q); d < bd {
					bid, bd = it.ID, d
				}
			}
			answers[i] = answer{q, id, dist, vis, bid}
		}()
	}
	wg.Wait()
	total := 0
	for _, a := range answers {
		total += a.visited
		fmt.Printf("q=%v nearest=#%-3d at %v dist=%6.3f visited=%3d ok=%t\n",
			a.q, a.id, pts[a.id].P, a.dist, a.visited, a.id == a.brute)
	}
	fmt.Printf("avg visited %.1f of %d\n", float64(total)/float64(len(answers)), len(pts))

	var ids []int
	root.Range(Point{20, 20}, Point{30, 35}, &ids)
	slices.Sort(ids)
	count := 0
	for _, it := range pts {
		if it.P[0] >= 20 && it.P[0] <= 30 && it.P[1] >= 20 && it.P[1] <= 35 {
			count++
		}
	}
	fmt.Printf("range [20,30]x[20,35]: %d ids (brute %d): %v\n", len(ids), count, ids)
}
