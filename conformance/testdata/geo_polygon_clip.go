package main

import (
	"fmt"
	"math"
	"strings"
)

type Pt struct{ X, Y float64 }

func (p Pt) String() string { return fmt.Sprintf("(%.2f,%.2f)", p.X+0, p.Y+0) }

type Polygon []Pt

func (pg Polygon) Area() float64 {
	s := 0.0
	for i := range pg {
		j := (i + 1) % len(pg)
		s += pg[i].X*pg[j].Y - pg[j].X*pg[i].Y
	}
	return math.Abs(s) / 2
}

func (pg Polygon) String() string {
	parts := make([]string, len(pg))
	for i, p := range pg {
		parts[i] = p.String()
	}
	return strings.Join(parts, " ")
}

func side(a, b, p Pt) float64 { return (b.X-a.X)*(p.Y-a.Y) - (b.Y-a.Y)*(p.X-a.X) }

func lineHit(a, b, p, q Pt) Pt {
	// intersection of segment p-q with infinite line a-b
	sp, sq := side(a, b, p), side(a, b, q)
	t := sp / (sp - sq)
	return Pt{p.X + t*(q.X-p.X), p.Y + t*(q.Y-p.Y)}
}

// Clip implements Sutherland–Hodgman; clip must be convex and counter-clockwise.
func Clip(subject, clip Polygon) Polygon {
	out := subject
	for i := range clip {
		if len(out) == 0 {
			break
		}
		a, b := clip[i], clip[(i+1)%len(clip)]
		in := out
		out = nil
		for j := range in {
			cur, prev := in[j], in[(j+len(in)-1)%len(in)]
			curIn, prevIn := side(a, b, cur) >= 0, side(a, b, prev) >= 0
			switch {
			case curIn && prevIn:
				out = append(out, cur)
			case curIn && !prevIn:
				out = append(out, lineHit(a, b, prev, cur), cur)
			case !curIn && prevIn:
				out = append(out, lineHit(a, b, prev, cur))
			}
		}
	}
	return out
}

func star(points int, rOut, rIn, cx, cy float64) Polygon {
	var pg Polygon
	for i := range 2 * points {
		r := rOut
		if i%2 == 1 {
			r = rIn
		}
		t := math.Pi * float64(i) / float64(points)
		pg = append(pg, Pt{cx + r*math.Cos(t), cy + r*math.Sin(t)})
	}
	return pg
}

func main() {
	window := Polygon{{0, 0}, {10, 0}, {10, 10}, {0, 10}}
	hexagon := Polygon{}
	for i := range 6 {
		t := math.Pi / 3 * float64(i)
		hexagon = append(hexagon, Pt{5 + 5*math.Cos(t), 5 + 5*math.Sin(t)})
	}
	subjects := []struct {
		name string
		poly Polygon
	}{
		{"inside", Polygon{{2, 2}, {4, 2}, {3, 5}}},
		{"overhang", Polygon{{-5, 2}, {5, 2}, {5, 8}, {-5, 8}}},
		{"big triangle", Polygon{{-5, -5}, {20, 5}, {5, 20}}},
		{"outside", Polygon{{11, 11}, {15, 11}, {13, 14}}},
		{"star", star(5, 8, 3, 5, 5)},
		{"concave C", Polygon{{-2, -2}, {12, -2}, {12, 2}, {2, 2}, {2, 8}, {12, 8}, {12, 12}, {-2, 12}}},
	}
	for _, w := range []struct {
		name string
		poly Polygon
	}{{"square", window}, {"hexagon", hexagon}} {
		fmt.Printf("== clip window %s, area %.3f\n", w.name, w.poly.Area())
		for _, s := range subjects {
			res := Clip(s.poly, w.poly)
			ratio := 0.0
			if a := s.poly.Area(); a > 0 {
				ratio = res.Area() / a
			}
			fmt.Printf("%-12s in=%2d out=%2d area %7.3f -> %7.3f (%5.1f%% kept)\n",
				s.name, len(s.poly), len(res), s.poly.Area(), res.Area(), 100*ratio)
			if w.name == "square" && len(res) > 0 && len(res) <= 6 {
				fmt.Println("    ", res)
			}
		}
	}
	self := Clip(window, window)
	fmt.Printf("window clipped by itself: %v area=%.1f\n", self, self.Area())
}
