package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }
type Square struct{ Rect }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func NewSquare(side float64) Square { return Square{Rect{side, side}} }

func (s Square) String() string { return fmt.Sprintf("Square(%g)", s.W) }

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("circle r=%g", v.R)
	case Square:
		return fmt.Sprintf("square side=%g", v.W)
	case Rect:
		if v.W == v.H {
			return "rect that is secretly square"
		}
		return fmt.Sprintf("rect %gx%g", v.W, v.H)
	case Triangle:
		switch {
		case v.A == v.B && v.B == v.C:
			return "equilateral triangle"
		case v.A == v.B || v.B == v.C || v.A == v.C:
			return "isosceles triangle"
		}
		return "scalene triangle"
	default:
		return fmt.Sprintf("unknown %T", v)
	}
}

func main() {
	shapes := []Shape{
		Circle{1},
		Rect{3, 4},
		NewSquare(2.5),
		Triangle{3, 4, 5},
		Triangle{2, 2, 2},
		Rect{5, 5},
		Circle{0.5},
	}

	fmt.Printf("%-14s %-28s %8s %8s\n", "shape", "kind", "area", "perim")
	fmt.Println(strings.Repeat("-", 61))
	var total float64
	for _, s := range shapes {
		total += s.Area()
		fmt.Printf("%-14s %-28s %8.3f %8.3f\n", fmt.Sprintf("%T", s), describe(s), s.Area(), s.Perimeter())
	}
	fmt.Printf("total area: %.4f\n", total)

	sorted := slices.Clone(shapes)
	slices.SortFunc(sorted, func(a, b Shape) int {
		if a.Area() < b.Area() {
			return -1
		} else if a.Area() > b.Area() {
			return 1
		}
		return 0
	})
	fmt.Println("by area:")
	for i, s := range sorted {
		fmt.Printf("  %d. %v\n", i+1, s)
	}

	fmt.Printf("%%v  %v\n%%+v %+v\n%%#v %#v\n", shapes[1], shapes[3], shapes[2])
	if st, ok := shapes[2].(fmt.Stringer); ok {
		fmt.Println("stringer:", st.String())
	}
	_, isRect := shapes[2].(Rect)
	fmt.Println("square asserted as Rect?", isRect)
}
