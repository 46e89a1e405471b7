package main

import (
	"fmt"
	"math"
	"sync"
)

type Pt struct{ X, Y float64 }

type Polyline struct {
	Name string
	Pts  []Pt
}

func perpDist(p, a, b Pt) float64 {
	dx, dy := b.X-a.X, b.Y-a.Y
	if dx == 0 && dy == 0 {
		return math.Hypot(p.X-a.X, p.Y-a.Y)
	}
	return math.Abs(dy*p.X-dx*p.Y+b.X*a.Y-b.Y*a.X) / math.Hypot(dx, dy)
}

// RDP simplifies a polyline with the Ramer–Douglas–Peucker algorithm.
func RDP(pts []Pt, eps float64) []Pt {
	if len(pts) < 3 {
		return append([]Pt(nil), pts...)
	}
	idx, dmax := 0, 0.0
	for i := 1; i < len(pts)-1; i++ {
		if d := perpDist(pts[i], pts[0], pts[len(pts)-1]); d > dmax {
			idx, dmax = i, d
		}
	}
	if dmax <= eps {
		return []Pt{pts[0], pts[len(pts)-1]}
	}
	left := RDP(pts[:idx+1], eps)
	right := RDP(pts[idx:], eps)
	return append(left[:len(left)-1], right...)
}

func length(pts []Pt) float64 {
	s := 0.0
	for i := 1; i < len(pts); i++ {
		s += math.Hypot(pts[i].X-pts[i-1].X, pts[i].Y-pts[i-1].Y)
	}
	return s
}

type job struct {
	line int
	eps  float64
}

type result struct {
	job
	kept   int
	length float64
	pts    []Pt
}

func main() {
	var lines []Polyline
	var sine, spiral, step []Pt
	for i := range 41 {
		x := float64(i) / 4
		sine = append(sine, Pt{x, math.Round(300*math.Sin(x)) / 100})
		t := float64(i) * 0.3
		spiral = append(spiral, Pt{math.Round(100*t*math.Cos(t)) / 100, math.Round(100*t*math.Sin(t)) / 100})
		step = append(step, Pt{float64(i), float64(i / 10 * 2)})
	}
	lines = append(lines, Polyline{"sine", sine}, Polyline{"spiral", spiral}, Polyline{"stairs", step})
	epsilons := []float64{0.01, 0.1, 0.5, 1, 2}

	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				s := RDP(lines[j.line].Pts, j.eps)
				results <- result{j, len(s), length(s), s}
			}
		}()
	}
	go func() {
		for li := range lines {
			for _, e := range epsilons {
				jobs <- job{li, e}
			}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	table := make(map[job]result)
	for r := range results {
		table[r.job] = r
	}
	for li, l := range lines {
		full := length(l.Pts)
		fmt.Printf("%s: %d points, length %.3f\n", l.Name, len(l.Pts), full)
		for _, e := range epsilons {
			r := table[job{li, e}]
			fmt.Printf("  eps=%-5v kept=%2d (%5.1f%%) length=%8.3f (%6.2f%% of original)\n",
				e, r.kept, 100*float64(r.kept)/float64(len(l.Pts)), r.length, 100*r.length/full)
		}
	}
	fmt.Printf("sine @ eps=0.5: %v\n", table[job{0, 0.5}].pts)
	fmt.Printf("stairs @ eps=0.5: %v\n", table[job{2, 0.5}].pts)
	fmt.Printf("%+v\n", table[job{1, 2}].job)
	fmt.Println("degenerate:", RDP([]Pt{{1, 1}}, 1), RDP([]Pt{{0, 0}, {5, 0}, {0, 0}}, 0.1))
}
