package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
)

type V struct{ X, Y float64 }

func (a V) Sub(b V) V         { return V{a.X - b.X, a.Y - b.Y} }
func (a V) Cross(b V) float64 { return a.X*b.Y - a.Y*b.X }
func (a V) Dot(b V) float64   { return a.X*b.X + a.Y*b.Y }
func (a V) Len() float64      { return math.Hypot(a.X, a.Y) }

func hull(pts []V) []V {
	ps := slices.Clone(pts)
	slices.SortFunc(ps, func(a, b V) int { return cmp.Or(cmp.Compare(a.X, b.X), cmp.Compare(a.Y, b.Y)) })
	var h []V
	for pass := range 2 {
		start := len(h)
		for _, p := range ps {
			for len(h) >= start+2 && h[len(h)-1].Sub(h[len(h)-2]).Cross(p.Sub(h[len(h)-2])) <= 0 {
				h = h[:len(h)-1]
			}
			h = append(h, p)
		}
		h = h[:len(h)-1]
		if pass == 0 {
			slices.Reverse(ps)
		}
	}
	return h
}

// Diameter finds the farthest pair on a convex polygon with rotating calipers.
func Diameter(h []V) (float64, V, V, int) {
	n := len(h)
	best, a, b, steps := 0.0, h[0], h[0], 0
	j := 1
	for i := range n {
		ni := (i + 1) % n
		edge := h[ni].Sub(h[i])
		for edge.Cross(h[(j+1)%n].Sub(h[i])) > edge.Cross(h[j].Sub(h[i])) {
			j = (j + 1) % n
			steps++
		}
		for _, k := range []int{i, ni} {
			if d := h[k].Sub(h[j]).Len(); d > best {
				best, a, b = d, h[k], h[j]
			}
		}
	}
	return best, a, b, steps
}

// WidthAndRect returns minimum width and the minimum-area enclosing rectangle
// whose side is flush with some hull edge.
func WidthAndRect(h []V) (width, area, angle float64) {
	width, area = math.Inf(1), math.Inf(1)
	for i := range h {
		e := h[(i+1)%len(h)].Sub(h[i])
		u := V{e.X / e.Len(), e.Y / e.Len()}
		nrm := V{-u.Y, u.X}
		minU, maxU, maxN := math.Inf(1), math.Inf(-1), 0.0
		for _, p := range h {
			d := p.Sub(h[i])
			minU, maxU = min(minU, d.Dot(u)), max(maxU, d.Dot(u))
			maxN = max(maxN, d.Dot(nrm))
		}
		width = min(width, maxN)
		if a := (maxU - minU) * maxN; a < area {
			area, angle = a, math.Atan2(u.Y, u.X)*180/math.Pi
		}
	}
	return
}

func main() {
	r := rand.New(rand.NewPCG(3, 14))
	sets := map[string][]V{
		"square":   {{0, 0}, {4, 0}, {4, 4}, {0, 4}, {2, 2}},
		"triangle": {{0, 0}, {10, 0}, {3, 2}},
		"diamond":  {{0, 5}, {3, 0}, {0, -5}, {-3, 0}},
	}
	var blob, ellipse []V
	for range 60 {
		blob = append(blob, V{math.Round(r.NormFloat64()*500) / 100, math.Round(r.NormFloat64()*500) / 100})
	}
	for i := range 36 {
		t := float64(i) * math.Pi / 18
		ellipse = append(ellipse, V{math.Round(8000*math.Cos(t)) / 1000, math.Round(3000*math.Sin(t)) / 1000})
	}
	sets["blob"], sets["ellipse"] = blob, ellipse

	for _, name := range slices.Sorted(maps.Keys(sets)) {
		pts := sets[name]
		h := hull(pts)
		d, a, b, steps := Diameter(h)
		brute := 0.0
		for i := range pts {
			for j := range i {
				brute = max(brute, pts[i].Sub(pts[j]).Len())
			}
		}
		w, area, ang := WidthAndRect(h)
		fmt.Printf("%-8s pts=%2d hull=%2d diameter=%7.4f brute=%7.4f ok=%t steps=%d\n",
			name, len(pts), len(h), d, brute, math.Abs(d-brute) < 1e-9, steps)
		fmt.Printf("         farthest %+v <-> %+v\n", a, b)
		fmt.Printf("         min width=%.4f min rect area=%.4f at %.2f deg\n", w, area, ang)
	}
}
