package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
	fmt.Stringer
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%.1f)", c.R) }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%.1fx%.1f)", r.W, r.H) }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) String() string {
	return fmt.Sprintf("Triangle(%.0f,%.0f,%.0f)", t.A, t.B, t.C)
}

// Square reuses Rect's Area and Perimeter but overrides String.
type Square struct{ Rect }

func NewSquare(side float64) Square { return Square{Rect{side, side}} }
func (s Square) String() string     { return fmt.Sprintf("Square(%.1f)", s.W) }

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type ByPerimeter struct{ ByArea }

func (p ByPerimeter) Less(i, j int) bool {
	return p.ByArea[i].Perimeter() < p.ByArea[j].Perimeter()
}

func totalArea(shapes []Shape) float64 {
	sum := 0.0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("round thing with diameter %.1f", 2*v.R)
	case Square:
		return fmt.Sprintf("square with side %.1f", v.W)
	case Rect:
		return fmt.Sprintf("rectangle, aspect %.2f", v.W/v.H)
	default:
		return fmt.Sprintf("some %T", v)
	}
}

func main() {
	shapes := []Shape{
		Circle{2}, Rect{3, 4}, Triangle{3, 4, 5}, NewSquare(2.5), Circle{0.5}, Rect{10, 0.5},
	}
	fmt.Println("original order:")
	for i, s := range shapes {
		fmt.Printf("  %d %-16v area=%7.3f perim=%7.3f\n", i, s, s.Area(), s.Perimeter())
	}

	sort.Sort(ByArea(shapes))
	fmt.Println("by area:")
	for _, s := range shapes {
		fmt.Printf("  %s\n", s)
	}

	sort.Stable(ByPerimeter{shapes})
	fmt.Println("by perimeter:")
	for _, s := range shapes {
		fmt.Printf("  %v %.3f\n", s, s.Perimeter())
	}

	fmt.Printf("total area: %.4f\n", totalArea(shapes))
	var largest Shape
	for _, s := range shapes {
		if largest == nil || s.Area() > largest.Area() {
			largest = s
		}
	}
	fmt.Printf("largest: %v (%T)\n", largest, largest)
	for _, s := range shapes[:3] {
		fmt.Println(" ", describe(s))
	}
	if _, ok := shapes[0].(interface{ Diameter() float64 }); !ok {
		fmt.Println("no shape has a Diameter method")
	}
}
