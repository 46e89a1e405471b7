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

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

// Compile-time assertions that the types satisfy Shape.
var (
	_ Shape = Rect{}
	_ Shape = Circle{}
	_ Shape = (*Triangle)(nil)
)

func totalArea(shapes ...Shape) float64 {
	sum := 0.0
	for _, s := range shapes {
		sum += s.Area()
	}
	return sum
}

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	shapes := []Shape{
		Rect{3, 4},
		Circle{1},
		Triangle{3, 4, 5},
		Rect{1, 1},
		&Triangle{6, 8, 10}, // pointer also works: value methods are in *T's method set
	}
	for _, s := range shapes {
		fmt.Printf("%-22T area=%7.3f perimeter=%7.3f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Printf("total area: %.3f\n", totalArea(shapes...))

	sort.Sort(byArea(shapes))
	fmt.Print("sorted by area:")
	for _, s := range shapes {
		fmt.Printf(" %.2f", s.Area())
	}
	fmt.Println()

	// sort.Interface is satisfied implicitly too.
	var si sort.Interface = byArea(shapes)
	fmt.Println("len via sort.Interface:", si.Len())

	// A nil interface value vs an interface holding a typed nil pointer.
	var s Shape
	fmt.Println("nil interface == nil:", s == nil)
	var tp *Triangle
	s = tp
	fmt.Println("interface holding nil *Triangle == nil:", s == nil)
	fmt.Printf("dynamic type: %T\n", s)
}
