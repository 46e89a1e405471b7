package main

import (
	"fmt"
	"strings"
)

type Vec2 struct{ X, Y float64 }

type Triangle struct {
	A, B, C Vec2
	Fill    byte
}

func edge(a, b, p Vec2) float64 { return (b.X-a.X)*(p.Y-a.Y) - (b.Y-a.Y)*(p.X-a.X) }

func (t Triangle) Area() float64 { return edge(t.A, t.B, t.C) / 2 }

// isTopLeft implements the top-left fill rule for a counter-clockwise triangle
// in a y-down raster.
func isTopLeft(a, b Vec2) bool {
	d := Vec2{b.X - a.X, b.Y - a.Y}
	return (d.Y == 0 && d.X < 0) || d.Y > 0
}

type Raster struct {
	W, H int
	Buf  [][]byte
}

func NewRaster(w, h int) *Raster {
	r := &Raster{W: w, H: h, Buf: make([][]byte, h)}
	for y := range h {
		r.Buf[y] = []byte(strings.Repeat(" ", w))
	}
	return r
}

// Draw rasterizes t and calls shade with barycentric weights for each covered pixel.
func (r *Raster) Draw(t Triangle, shade func(w0, w1, w2 float64) byte) int {
	if t.Area() < 0 {
		t.B, t.C = t.C, t.B
	}
	area := edge(t.A, t.B, t.C)
	minX, maxX := int(min(t.A.X, t.B.X, t.C.X)), int(max(t.A.X, t.B.X, t.C.X))+1
	minY, maxY := int(min(t.A.Y, t.B.Y, t.C.Y)), int(max(t.A.Y, t.B.Y, t.C.Y))+1
	count := 0
	for y := max(minY, 0); y < min(maxY, r.H); y++ {
		for x := max(minX, 0); x < min(maxX, r.W); x++ {
			p := Vec2{float64(x) + 0.5, float64(y) + 0.5}
			w0, w1, w2 := edge(t.B, t.C, p), edge(t.C, t.A, p), edge(t.A, t.B, p)
			in := func(w float64, a, b Vec2) bool { return w > 0 || (w == 0 && isTopLeft(a, b)) }
			if in(w0, t.B, t.C) && in(w1, t.C, t.A) && in(w2, t.A, t.B) {
				ch := t.Fill
				if shade != nil {
					ch = shade(w0/area, w1/area, w2/area)
				}
				r.Buf[y][x] = ch
				count++
			}
		}
	}
	return count
}

func (r *Raster) String() string {
	var sb strings.Builder
	sb.WriteString("+" + strings.Repeat("-", r.W) + "+\n")
	for _, row := range r.Buf {
		sb.WriteString("|" + string(row) + "|\n")
	}
	sb.WriteString("+" + strings.Repeat("-", r.W) + "+")
	return sb.String()
}

func main() {
	r := NewRaster(48, 18)
	tris := []Triangle{
		{Vec2{2, 1}, Vec2{20, 3}, Vec2{6, 16}, '#'},
		{Vec2{22, 2}, Vec2{30, 15}, Vec2{14, 15}, '*'},
		{Vec2{30, 1}, Vec2{46, 1}, Vec2{46, 9}, '+'},
		{Vec2{30, 1}, Vec2{46, 9}, Vec2{30, 9}, 'x'},
	}
	for _, t := range tris {
		n := r.Draw(t, nil)
		fmt.Printf("tri %c area=%6.1f pixels=%3d\n", t.Fill, abs(t.Area()), n)
	}
	ramp := " .:-=+*#%@"
	n := r.Draw(Triangle{A: Vec2{32, 11}, B: Vec2{47, 17}, C: Vec2{31, 17}}, func(w0, w1, w2 float64) byte {
		i := int(w0 * float64(len(ramp)))
		return ramp[min(i, len(ramp)-1)]
	})
	fmt.Println("shaded pixels:", n)
	fmt.Println(r)

	// Two triangles sharing a diagonal must not double-cover or leave gaps.
	s := NewRaster(16, 8)
	c1 := s.Draw(Triangle{Vec2{0, 0}, Vec2{16, 0}, Vec2{16, 8}, 'a'}, nil)
	c2 := s.Draw(Triangle{Vec2{0, 0}, Vec2{16, 8}, Vec2{0, 8}, 'b'}, nil)
	blank := 0
	for _, row := range s.Buf {
		blank += strings.Count(string(row), " ")
	}
	fmt.Printf("shared edge: %d + %d = %d of %d pixels, blank=%d\n", c1, c2, c1+c2, s.W*s.H, blank)
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
