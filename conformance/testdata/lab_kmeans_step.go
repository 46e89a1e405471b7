// Lab 8: parallel k-means. The assignment step is split across workers;
// each worker returns partial sums that are merged in worker order, which
// keeps the floating point result deterministic.
package main

import (
	"fmt"
	"math"
	"sync"
)

type Point struct{ X, Y float64 }

func (p Point) String() string { return fmt.Sprintf("(%.3f, %.3f)", p.X, p.Y) }

func (p Point) Dist2(q Point) float64 {
	dx, dy := p.X-q.X, p.Y-q.Y
	return dx*dx + dy*dy
}

type partial struct {
	sum   []Point
	count []int
}

func nearest(p Point, cs []Point) int {
	best, bestD := 0, math.Inf(1)
	for i, c := range cs {
		if d := p.Dist2(c); d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// step performs one k-means iteration and returns the new centroids.
func step(points, centroids []Point, workers int) []Point {
	k := len(centroids)
	parts := make([]partial, workers)
	chunk := (len(points) + workers - 1) / workers
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			p := partial{sum: make([]Point, k), count: make([]int, k)}
			lo := min(w*chunk, len(points))
			hi := min(lo+chunk, len(points))
			for _, pt := range points[lo:hi] {
				c := nearest(pt, centroids)
				p.sum[c].X += pt.X
				p.sum[c].Y += pt.Y
				p.count[c]++
			}
			parts[w] = p
		})
	}
	wg.Wait()

	next := make([]Point, k)
	for c := range k {
		var s Point
		n := 0
		for _, p := range parts {
			s.X += p.sum[c].X
			s.Y += p.sum[c].Y
			n += p.count[c]
		}
		if n == 0 {
			next[c] = centroids[c]
			continue
		}
		next[c] = Point{s.X / float64(n), s.Y / float64(n)}
	}
	return next
}

func main() {
	var points []Point
	centers := []Point{{1, 1}, {8, 2}, {4, 9}}
	for ci, c := range centers {
		for i := range 20 {
			a := float64(i*37+ci*11) * 0.1
			r := 0.3 + 0.05*float64(i%7)
			points = append(points, Point{c.X + r*math.Cos(a), c.Y + r*math.Sin(a)})
		}
	}

	centroids := []Point{points[0], points[1], points[2]}
	for iter := 1; iter <= 20; iter++ {
		next := step(points, centroids, 4)
		moved := 0.0
		for i := range next {
			moved = max(moved, math.Sqrt(next[i].Dist2(centroids[i])))
		}
		centroids = next
		fmt.Printf("iter %2d: %v moved=%.4f\n", iter, centroids, moved)
		if moved < 1e-9 {
			break
		}
	}
}
