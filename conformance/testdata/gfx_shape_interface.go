package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

// Container is an optional interface for shapes that can be rasterized.
type Container interface {
	Contains(x, y float64) bool
}

type Circle struct{ CX, CY, R float64 }
type Rect struct{ X, Y, W, H float64 }
type Triangle struct{ A, B, C [2]float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Contains(x, y float64) bool {
	return (x-c.CX)*(x-c.CX)+(y-c.CY)*(y-c.CY) <= c.R*c.R
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Contains(x, y float64) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

func dist(p, q [2]float64) float64 { return math.Hypot(p[0]-q[0], p[1]-q[1]) }

func (t Triangle) Area() float64 {
	return math.Abs((t.B[0]-t.A[0])*(t.C[1]-t.A[1])-(t.C[0]-t.A[0])*(t.B[1]-t.A[1])) / 2
}
func (t Triangle) Perimeter() float64 { return dist(t.A, t.B) + dist(t.B, t.C) + dist(t.C, t.A) }

// Segment is a shape with no interior: it does not implement Container.
type Segment struct{ P, Q [2]float64 }

func (s Segment) Area() float64      { return 0 }
func (s Segment) Perimeter() float64 { return 2 * dist(s.P, s.Q) }

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle r=%g", v.R)
	case Rect:
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case Triangle:
		return fmt.Sprintf("triangle %v", [3][2]float64{v.A, v.B, v.C})
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func render(s Shape, w, h int) string {
	c, ok := s.(Container)
	if !ok {
		return "  (not rasterizable)\n"
	}
	var sb strings.Builder
	for y := range h {
		sb.WriteString("  ")
		for x := range w {
			if c.Contains(float64(x)+0.5, float64(y)+0.5) {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	shapes := []Shape{
		Rect{1, 1, 10, 3},
		Circle{8, 4, 3.5},
		Triangle{[2]float64{0, 0}, [2]float64{4, 0}, [2]float64{0, 3}},
		Segment{[2]float64{0, 0}, [2]float64{3, 4}},
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() > shapes[j].Area() })
	total := 0.0
	for i, s := range shapes {
		total += s.Area()
		fmt.Printf("%d. %-28s %-15T area=%8.3f perim=%8.3f\n", i+1, describe(s), s, s.Area(), s.Perimeter())
	}
	fmt.Printf("total area: %.3f\n", total)
	for _, s := range shapes[:2] {
		fmt.Printf("%+v:\n", s)
		fmt.Print(render(s, 16, 8))
	}
	fmt.Print(render(shapes[3], 4, 4))
}
