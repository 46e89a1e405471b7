package main

import (
	"fmt"
	"strings"
)

type Canvas struct {
	W, H int
	pix  []byte
	set  int
}

func NewCanvas(w, h int) *Canvas {
	return &Canvas{W: w, H: h, pix: []byte(strings.Repeat(".", w*h))}
}

func (c *Canvas) Set(x, y int, ch byte) {
	if x < 0 || y < 0 || x >= c.W || y >= c.H {
		return
	}
	c.pix[y*c.W+x] = ch
	c.set++
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// LinePoints yields the Bresenham points from (x0,y0) to (x1,y1) to fn.
func LinePoints(x0, y0, x1, y1 int, fn func(x, y int)) {
	dx, dy := abs(x1-x0), -abs(y1-y0)
	sx, sy := 1, 1
	if x0 > x1 {
		sx = -1
	}
	if y0 > y1 {
		sy = -1
	}
	err := dx + dy
	for {
		fn(x0, y0)
		if x0 == x1 && y0 == y1 {
			return
		}
		e2 := 2 * err
		if e2 >= dy {
			err += dy
			x0 += sx
		}
		if e2 <= dx {
			err += dx
			y0 += sy
		}
	}
}

func (c *Canvas) Line(x0, y0, x1, y1 int, ch byte) {
	LinePoints(x0, y0, x1, y1, func(x, y int) { c.Set(x, y, ch) })
}

func (c *Canvas) Circle(cx, cy, r int, ch byte) {
	x, y, d := r, 0, 1-r
	for x >= y {
		for _, p := range [][2]int{{x, y}, {y, x}, {-y, x}, {-x, y}, {-x, -y}, {-y, -x}, {y, -x}, {x, -y}} {
			c.Set(cx+p[0], cy+p[1], ch)
		}
		y++
		if d < 0 {
			d += 2*y + 1
		} else {
			x--
			d += 2*(y-x) + 1
		}
	}
}

func (c *Canvas) Rect(x0, y0, x1, y1 int, ch byte) {
	c.Line(x0, y0, x1, y0, ch)
	c.Line(x1, y0, x1, y1, ch)
	c.Line(x1, y1, x0, y1, ch)
	c.Line(x0, y1, x0, y0, ch)
}

func (c *Canvas) String() string {
	var sb strings.Builder
	for y := range c.H {
		sb.Write(c.pix[y*c.W : (y+1)*c.W])
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (c *Canvas) Count(ch byte) int { return strings.Count(string(c.pix), string(ch)) }

func main() {
	for _, seg := range [][4]int{{0, 0, 7, 3}, {5, 5, 1, 0}, {2, 2, 2, 6}, {0, 4, 4, 0}} {
		var pts [][2]int
		LinePoints(seg[0], seg[1], seg[2], seg[3], func(x, y int) { pts = append(pts, [2]int{x, y}) })
		fmt.Printf("line %v: %d pts %v\n", seg, len(pts), pts)
	}

	c := NewCanvas(44, 20)
	c.Rect(2, 9, 20, 18, '#')  // house body
	c.Line(2, 9, 11, 2, '/')   // roof left
	c.Line(11, 2, 20, 9, '\\') // roof right
	c.Rect(9, 13, 13, 18, '|') // door
	c.Circle(33, 6, 4, 'o')    // sun
	c.Line(0, 19, 43, 19, '=') // ground
	for i := range 5 {
		c.Line(26+i*3, 17, 27+i*3, 14, '^') // grass
	}
	fmt.Print(c)
	fmt.Printf("canvas %dx%d, set calls=%d\n", c.W, c.H, c.set)
	for _, ch := range []byte("#/\\|o=^.") {
		fmt.Printf("%q:%d ", ch, c.Count(ch))
	}
	fmt.Println()
}
