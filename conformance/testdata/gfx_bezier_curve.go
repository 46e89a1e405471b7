package main

import (
	"fmt"
	"iter"
	"math"
	"strings"
)

type Pt struct{ X, Y float64 }

func (p Pt) Lerp(q Pt, t float64) Pt { return Pt{p.X + (q.X-p.X)*t, p.Y + (q.Y-p.Y)*t} }

// Bezier is a curve of any degree given by its control points.
type Bezier []Pt

// At evaluates the curve with de Casteljau's algorithm.
func (b Bezier) At(t float64) Pt {
	pts := append([]Pt(nil), b...)
	for n := len(pts) - 1; n > 0; n-- {
		for i := range n {
			pts[i] = pts[i].Lerp(pts[i+1], t)
		}
	}
	return pts[0]
}

// Samples yields n+1 evenly spaced parameter values and points.
func (b Bezier) Samples(n int) iter.Seq2[float64, Pt] {
	return func(yield func(float64, Pt) bool) {
		for i := 0; i <= n; i++ {
			t := float64(i) / float64(n)
			if !yield(t, b.At(t)) {
				return
			}
		}
	}
}

func (b Bezier) Length(n int) float64 {
	total, prev, first := 0.0, Pt{}, true
	for _, p := range b.Samples(n) {
		if !first {
			total += math.Hypot(p.X-prev.X, p.Y-prev.Y)
		}
		prev, first = p, false
	}
	return total
}

func (b Bezier) Bounds(n int) (lo, hi Pt) {
	lo, hi = Pt{math.Inf(1), math.Inf(1)}, Pt{math.Inf(-1), math.Inf(-1)}
	for _, p := range b.Samples(n) {
		lo = Pt{min(lo.X, p.X), min(lo.Y, p.Y)}
		hi = Pt{max(hi.X, p.X), max(hi.Y, p.Y)}
	}
	return lo, hi
}

func main() {
	curves := map[string]Bezier{
		"quad":  {{2, 16}, {14, -6}, {26, 16}},
		"cubic": {{30, 2}, {60, 2}, {30, 16}, {58, 16}},
	}
	grid := make([][]byte, 18)
	for i := range grid {
		grid[i] = []byte(strings.Repeat(" ", 62))
	}
	plot := func(p Pt, c byte) {
		x, y := int(math.Round(p.X)), int(math.Round(p.Y))
		if y >= 0 && y < len(grid) && x >= 0 && x < len(grid[y]) {
			grid[y][x] = c
		}
	}
	for _, name := range []string{"cubic", "quad"} {
		b := curves[name]
		for _, p := range b.Samples(80) {
			plot(p, '*')
		}
		for i, cp := range b {
			plot(cp, byte('A'+i))
		}
		lo, hi := b.Bounds(200)
		fmt.Printf("%-5s degree=%d length=%8.3f bounds=(%.2f,%.2f)-(%.2f,%.2f)\n",
			name, len(b)-1, b.Length(200), lo.X, lo.Y, hi.X, hi.Y)
	}
	for _, row := range grid {
		fmt.Println(strings.TrimRight(string(row), " "))
	}
	fmt.Println("cubic samples:")
	for t, p := range curves["cubic"].Samples(8) {
		if t > 0.5 {
			break
		}
		fmt.Printf("  t=%.3f -> (%6.2f, %6.2f)\n", t, p.X, p.Y)
	}
}
