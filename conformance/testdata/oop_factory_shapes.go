package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (t Triangle) Perimeter() float64 {
	return t.A + t.B + t.C
}
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func (c Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.R) }
func (r Rect) String() string   { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

// NewShape is a factory: callers get an interface and never see concrete types.
func NewShape(kind string, dims ...float64) (Shape, error) {
	need := map[string]int{"circle": 1, "rect": 2, "square": 1, "triangle": 3}
	n, ok := need[kind]
	if !ok {
		return nil, fmt.Errorf("unknown shape %q", kind)
	}
	if len(dims) != n {
		return nil, fmt.Errorf("%s needs %d dimensions, got %d", kind, n, len(dims))
	}
	for _, d := range dims {
		if d <= 0 {
			return nil, fmt.Errorf("%s: dimension %g must be positive", kind, d)
		}
	}
	switch kind {
	case "circle":
		return Circle{dims[0]}, nil
	case "rect":
		return Rect{dims[0], dims[1]}, nil
	case "square":
		return Rect{dims[0], dims[0]}, nil
	}
	a, b, c := dims[0], dims[1], dims[2]
	if a+b <= c || a+c <= b || b+c <= a {
		return nil, fmt.Errorf("triangle %v violates inequality", dims)
	}
	return Triangle{a, b, c}, nil
}

func main() {
	specs := []struct {
		kind string
		dims []float64
	}{
		{"circle", []float64{1.5}}, {"rect", []float64{3, 4}}, {"square", []float64{2}},
		{"triangle", []float64{3, 4, 5}}, {"triangle", []float64{1, 2, 10}},
		{"hexagon", []float64{1}}, {"rect", []float64{2}}, {"circle", []float64{-1}},
	}
	var shapes []Shape
	for _, s := range specs {
		sh, err := NewShape(s.kind, s.dims...)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		shapes = append(shapes, sh)
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-14v %-14T area=%7.3f perim=%7.3f\n", s, s, s.Area(), s.Perimeter())
	}
	fmt.Println(shapes)
	fmt.Printf("%+v\n", shapes[len(shapes)-1])
}
