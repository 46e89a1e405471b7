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

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }
type Square struct{ Rect }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Grow(f float64)     { c.R *= f }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func NewSquare(side float64) Square { return Square{Rect{side, side}} }

func (s Square) String() string { return fmt.Sprintf("Square(%g)", s.W) }

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func totalArea(shapes ...Shape) float64 {
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	return total
}

func describe(s Shape) string {
	switch v := s.(type) {
	case Square:
		return fmt.Sprintf("square with side %g", v.W)
	case Rect:
		if v.W == v.H {
			return "rect that is square-shaped"
		}
		return fmt.Sprintf("rect %g by %g", v.W, v.H)
	case *Circle:
		return fmt.Sprintf("circle radius %g", v.R)
	default:
		return fmt.Sprintf("some %T", v)
	}
}

func main() {
	c := &Circle{1}
	shapes := []Shape{
		Rect{3, 4},
		c,
		Triangle{3, 4, 5},
		NewSquare(2),
		Rect{2, 2},
		&Circle{0.5},
	}
	for _, s := range shapes {
		fmt.Printf("%-22T area=%8.3f perim=%8.3f  %s\n", s, s.Area(), s.Perimeter(), describe(s))
	}
	fmt.Printf("total area: %.4f\n", totalArea(shapes...))

	c.Grow(2)
	fmt.Printf("after grow, circle area in slice: %.3f\n", shapes[1].Area())

	sort.Stable(byArea(shapes))
	for i, s := range shapes {
		if str, ok := s.(fmt.Stringer); ok {
			fmt.Printf("%d: %v (%.2f)\n", i, str, s.Area())
		} else {
			fmt.Printf("%d: %s (%.2f)\n", i, describe(s), s.Area())
		}
	}

	sort.SliceStable(shapes, func(i, j int) bool {
		return math.Round(shapes[i].Perimeter()) < math.Round(shapes[j].Perimeter())
	})
	for _, s := range shapes {
		fmt.Printf("%.1f ", s.Perimeter())
	}
	fmt.Println()

	var biggest Shape
	for _, s := range shapes {
		if biggest == nil || s.Area() > biggest.Area() {
			biggest = s
		}
	}
	fmt.Println("biggest:", describe(biggest))

	sq := NewSquare(3)
	var r Rect = sq.Rect
	fmt.Println(sq, r, sq.Area() == r.Area())
	fmt.Printf("%v %+v\n", Triangle{1, 1, 1}, Circle{2})
}
