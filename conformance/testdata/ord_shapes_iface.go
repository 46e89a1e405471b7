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

type Named interface {
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }
func (s Square) Name() string    { return "square" }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) String() string { return fmt.Sprintf("Tri(%g,%g,%g)", t.A, t.B, t.C) }

func describe(s Shape) string {
	name := fmt.Sprintf("%T", s)
	if n, ok := s.(Named); ok {
		name = n.Name()
	}
	return name
}

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Shape{
		Circle{1.5},
		Rect{3, 4},
		NewSquare(2.5),
		Triangle{3, 4, 5},
		Circle{0.5},
		Rect{W: 10, H: 0.25},
	}
	sort.Sort(ByArea(shapes))

	var total float64
	for i, s := range shapes {
		total += s.Area()
		fmt.Printf("%d %-14s area=%8.3f perim=%8.3f\n", i, describe(s), s.Area(), s.Perimeter())
	}
	fmt.Printf("total area: %.4f\n", total)

	for _, s := range shapes {
		switch v := s.(type) {
		case Circle:
			fmt.Printf("circle with diameter %.1f: %v\n", 2*v.R, v)
		case Square:
			fmt.Printf("square side %.1f, embedded rect %+v\n", v.W, v.Rect)
		case fmt.Stringer:
			fmt.Printf("stringer: %s / %#v\n", v, v)
		default:
			fmt.Printf("other %T: %+v\n", v, v)
		}
	}

	largest := shapes[len(shapes)-1]
	_, isNamed := largest.(Named)
	fmt.Printf("largest is %T (named=%t)\n", largest, isNamed)
}
