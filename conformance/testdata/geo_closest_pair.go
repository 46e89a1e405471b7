package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
)

type Point struct {
	Name string
	X, Y float64
}

type Pair struct {
	A, B Point
	Dist float64
}

func (p Pair) String() string {
	return fmt.Sprintf("%s-%s d=%.4f", p.A.Name, p.B.Name, p.Dist)
}

type Solver struct{ evals int }

func (s *Solver) dist(a, b Point) float64 {
	s.evals++
	return math.Hypot(a.X-b.X, a.Y-b.Y)
}

func (s *Solver) Brute(pts []Point) Pair {
	best := Pair{Dist: math.Inf(1)}
	for i := range pts {
		for j := i + 1; j < len(pts); j++ {
			if d := s.dist(pts[i], pts[j]); d < best.Dist {
				best = Pair{pts[i], pts[j], d}
			}
		}
	}
	return best
}

func (s *Solver) DivideConquer(pts []Point) Pair {
	px := make([]Point, len(pts))
	copy(px, pts)
	sort.Slice(px, func(i, j int) bool { return px[i].X < px[j].X })
	return s.rec(px)
}

func (s *Solver) rec(px []Point) Pair {
	if len(px) <= 3 {
		return s.Brute(px)
	}
	mid := len(px) / 2
	midX := px[mid].X
	l, r := s.rec(px[:mid]), s.rec(px[mid:])
	best := l
	if r.Dist < best.Dist {
		best = r
	}
	var strip []Point
	for _, p := range px {
		if math.Abs(p.X-midX) < best.Dist {
			strip = append(strip, p)
		}
	}
	sort.Slice(strip, func(i, j int) bool { return strip[i].Y < strip[j].Y })
	for i := range strip {
		for j := i + 1; j < len(strip) && strip[j].Y-strip[i].Y < best.Dist; j++ {
			if d := s.dist(strip[i], strip[j]); d < best.Dist {
				best = Pair{strip[i], strip[j], d}
			}
		}
	}
	return best
}

func normalize(p Pair) Pair {
	if p.A.Name > p.B.Name {
		p.A, p.B = p.B, p.A
	}
	return p
}

func main() {
	rng := rand.New(rand.NewSource(12345))
	for _, n := range []int{5, 20, 100, 500, 2000} {
		pts := make([]Point, n)
		for i := range pts {
			pts[i] = Point{fmt.Sprintf("p%d", i), rng.Float64() * 1000, rng.Float64() * 1000}
		}
		var bs, ds Solver
		b := normalize(bs.Brute(pts))
		d := normalize(ds.DivideConquer(pts))
		fmt.Printf("n=%4d brute: %-22v evals=%7d\n", n, b, bs.evals)
		fmt.Printf("       d&c:   %-22v evals=%7d same=%t\n", d, ds.evals, b.Dist == d.Dist)
	}

	grid := []Point{}
	for i := range 6 {
		for j := range 6 {
			grid = append(grid, Point{fmt.Sprintf("g%d%d", i, j), float64(i) * 2, float64(j) * 3})
		}
	}
	grid = append(grid, Point{"odd", 4.9, 6.3})
	var s Solver
	p := normalize(s.DivideConquer(grid))
	fmt.Printf("grid with intruder: %v (evals=%d)\n", p, s.evals)
	fmt.Printf("  %+v\n  %+v\n", p.A, p.B)

	dup := []Point{{"a", 1, 1}, {"b", 5, 5}, {"c", 1, 1}, {"d", 9, 0}}
	var s2 Solver
	fmt.Printf("duplicates: %v\n", normalize(s2.DivideConquer(dup)))
	line := make([]Point, 8)
	for i := range line {
		line[i] = Point{fmt.Sprint(i), float64(i * i), 0}
	}
	var s3 Solver
	fmt.Printf("collinear squares: %v\n", normalize(s3.DivideConquer(line)))
}
