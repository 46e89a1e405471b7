package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
}

type Perimeterer interface {
	Perimeter() float64
}

type Namer interface {
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }
type Blob struct{ Size float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r *Rect) Scale(f float64)   { r.W *= f; r.H *= f }

func (t Triangle) Area() float64 {
	s := (t.A + t.B + t.C) / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Name() string       { return "triangle" }

func (b Blob) Area() float64 { return b.Size }

func describe(s Shape) string {
	name := fmt.Sprintf("%T", s)
	if n, ok := s.(Namer); ok {
		name = n.Name()
	}
	return name
}

func main() {
	items := []any{
		Circle{1},
		Rect{3, 4},
		&Rect{1, 2},
		Triangle{3, 4, 5},
		Blob{7.5},
		"not a shape",
		42,
		nil,
	}

	var shapes []Shape
	skipped := map[string]int{}
	for _, it := range items {
		s, ok := it.(Shape)
		if !ok {
			skipped[fmt.Sprintf("%T", it)]++
			continue
		}
		shapes = append(shapes, s)
	}

	totalPerim := 0.0
	for i, s := range shapes {
		line := fmt.Sprintf("%d %-15s area=%7.3f", i, describe(s), s.Area())
		if p, ok := s.(Perimeterer); ok {
			line += fmt.Sprintf(" perim=%6.3f", p.Perimeter())
			totalPerim += p.Perimeter()
		} else {
			line += " perim=   n/a"
		}
		fmt.Println(line)
	}
	fmt.Printf("total perimeter: %.3f\n", totalPerim)

	// Only pointer rects can be scaled.
	type scaler interface{ Scale(float64) }
	for _, s := range shapes {
		if sc, ok := s.(scaler); ok {
			sc.Scale(3)
			fmt.Printf("scaled %T -> %+v area=%.1f\n", s, s, s.Area())
		}
	}

	// Concrete type assertions in a loop.
	circles, rects := 0, 0
	for _, s := range shapes {
		if c, ok := s.(Circle); ok {
			circles++
			fmt.Printf("circle radius %v\n", c.R)
		}
		if _, ok := s.(Rect); ok {
			rects++
		}
	}
	fmt.Printf("value circles=%d value rects=%d\n", circles, rects)

	kinds := make([]string, 0, len(skipped))
	for k := range skipped {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Printf("skipped %s x%d\n", k, skipped[k])
	}
}
