// Week 5 assignment: shapes with an interface, methods and type switches.
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

type Rectangle struct {
	Width, Height float64
}

type Circle struct {
	Radius float64
}

type Triangle struct {
	A, B, C float64
}

func (r Rectangle) Area() float64      { return r.Width * r.Height }
func (r Rectangle) Perimeter() float64 { return 2 * (r.Width + r.Height) }

func (c Circle) Area() float64      { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }

// Area uses Heron's formula.
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

// String makes Rectangle a fmt.Stringer.
func (r Rectangle) String() string {
	return fmt.Sprintf("Rect(%gx%g)", r.Width, r.Height)
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Rectangle:
		if v.Width == v.Height {
			return "square"
		}
		return "rectangle"
	case Circle:
		return fmt.Sprintf("circle r=%g", v.Radius)
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{
		Rectangle{3, 4},
		Circle{1.5},
		Triangle{3, 4, 5},
		Rectangle{2, 2},
		Circle{0.5},
	}

	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-15T %-20s area=%7.2f perim=%6.2f\n", s, describe(s), s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total area: %5.2f\n", total)

	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	fmt.Println("sorted by area:")
	for i, s := range shapes {
		fmt.Printf("  %d. %v\n", i+1, s)
	}

	// Type assertions with comma-ok, printed even when they fail.
	for _, s := range []Shape{Rectangle{1, 5}, Circle{2}} {
		c, ok := s.(Circle)
		fmt.Printf("as Circle: ok=%t value=%+v\n", ok, c)
		st, isStringer := s.(fmt.Stringer)
		fmt.Printf("as Stringer: ok=%t value=%v\n", isStringer, st)
	}
}
