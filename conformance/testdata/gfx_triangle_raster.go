package main

import (
	"fmt"
	"strings"
)

type Vertex struct {
	X, Y      float64
	Intensity float64
}

type Triangle [3]Vertex

// edge returns twice the signed area of (a, b, p).
func edge(a, b Vertex, px, py float64) float64 {
	return (b.X-a.X)*(py-a.Y) - (b.Y-a.Y)*(px-a.X)
}

// isTopLeft implements the top-left fill rule for a clockwise (screen) triangle.
func isTopLeft(a, b Vertex) bool {
	return (a.Y == b.Y && b.X > a.X) || b.Y < a.Y
}

type Framebuffer struct {
	W, H  int
	pix   []float64
	owner []int
}

func NewFramebuffer(w, h int) *Framebuffer {
	fb := &Framebuffer{W: w, H: h, pix: make([]float64, w*h), owner: make([]int, w*h)}
	for i := range fb.pix {
		fb.pix[i] = -1
	}
	return fb
}

// Draw rasterizes t with id and returns the count of pixels covered and overdrawn.
func (fb *Framebuffer) Draw(t Triangle, id int) (covered, overdraw int) {
	area := edge(t[0], t[1], t[2].X, t[2].Y)
	for y := range fb.H {
		for x := range fb.W {
			px, py := float64(x)+0.5, float64(y)+0.5
			var w [3]float64
			inside := true
			for i := range 3 {
				a, b := t[(i+1)%3], t[(i+2)%3]
				w[i] = edge(a, b, px, py)
				if w[i] < 0 || (w[i] == 0 && !isTopLeft(a, b)) {
					inside = false
				}
			}
			if !inside {
				continue
			}
			val := (w[0]*t[0].Intensity + w[1]*t[1].Intensity + w[2]*t[2].Intensity) / area
			k := y*fb.W + x
			if fb.owner[k] != 0 {
				overdraw++
			}
			fb.pix[k], fb.owner[k] = val, id
			covered++
		}
	}
	return covered, overdraw
}

func (fb *Framebuffer) String() string {
	const ramp = ".:-=+*#%@"
	var sb strings.Builder
	for y := range fb.H {
		for x := range fb.W {
			v := fb.pix[y*fb.W+x]
			if v < 0 {
				sb.WriteByte(' ')
			} else {
				sb.WriteByte(ramp[min(int(v*float64(len(ramp))), len(ramp)-1)])
			}
		}
		sb.WriteString("|\n")
	}
	return sb.String()
}

func main() {
	fb := NewFramebuffer(48, 16)
	a := Vertex{2, 1, 0.0}
	b := Vertex{40, 2, 1.0}
	c := Vertex{8, 15, 0.5}
	d := Vertex{46, 14, 0.2}
	tris := []Triangle{{a, b, c}, {b, d, c}}
	total := 0
	for i, t := range tris {
		cov, over := fb.Draw(t, i+1)
		total += cov
		fmt.Printf("triangle %d: area=%7.2f covered=%3d overdraw=%d\n", i+1, edge(t[0], t[1], t[2].X, t[2].Y)/2, cov, over)
	}
	fmt.Print(fb)
	owners := map[int]int{}
	for _, o := range fb.owner {
		owners[o]++
	}
	fmt.Printf("pixels: background=%d tri1=%d tri2=%d total=%d\n", owners[0], owners[1], owners[2], total)
	fmt.Printf("sample value at (20,6): %.3f owner %d\n", fb.pix[6*fb.W+20], fb.owner[6*fb.W+20])
}
