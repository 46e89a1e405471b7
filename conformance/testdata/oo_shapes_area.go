package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Shape is the classic polymorphism example.
type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ Radius float64 }

func (c Circle) Area() float64      { return math.Pi * c.Radius * c.Radius }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.Radius }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.Radius) }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type Triangle struct{ A, B, C float64 }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) String() string { return fmt.Sprintf("Triangle(%g,%g,%g)", t.A, t.B, t.C) }

// Square is a Rect with a different name.
type Square struct{ Rect }

func NewSquare(side float64) Square { return Square{Rect{side, side}} }
func (s Square) String() string     { return fmt.Sprintf("Square(%g)", s.W) }

func describe(s Shape) string {
	kind := "other"
	switch s.(type) {
	case Circle:
		kind = "round"
	case Rect, Square:
		kind = "rectangular"
	case Triangle:
		kind = "three-sided"
	}
	return fmt.Sprintf("%-20v %-12s area=%8.3f perim=%7.3f", s, kind, s.Area(), s.Perimeter())
}

func main() {
	shapes := []Shape{
		Circle{1.5},
		Rect{3, 4},
		Triangle{3, 4, 5},
		NewSquare(2.5),
		Circle{0.5},
		Rect{10, 0.25},
	}

	fmt.Println("== as given ==")
	for _, s := range shapes {
		fmt.Println(describe(s))
	}

	sort.SliceStable(shapes, func(i, j int) bool {
		return shapes[i].Area() < shapes[j].Area()
	})
	fmt.Println("== by area ==")
	names := make([]string, 0, len(shapes))
	for _, s := range shapes {
		names = append(names, fmt.Sprint(s))
	}
	fmt.Println(strings.Join(names, " < "))

	var total float64
	largest := shapes[0]
	for _, s := range shapes {
		total += s.Area()
		if s.Area() > largest.Area() {
			largest = s
		}
	}
	fmt.Printf("total area: %.4f\n", total)
	fmt.Printf("largest: %v (%.2f)\n", largest, largest.Area())
	fmt.Printf("shapes slice: %v\n", shapes)

	// Square promotes Area from the embedded Rect.
	sq := NewSquare(3)
	fmt.Println(sq, sq.Area(), sq.Rect, sq.Rect.Area())
}
