package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct {
	W, H float64
}

type Circle struct {
	R float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func (c Circle) String() string {
	return fmt.Sprintf("Circle(r=%.1f)", c.R)
}

func describe(s Shape) {
	fmt.Printf("%v: area=%.2f perim=%.2f\n", s, s.Area(), s.Perimeter())
}

func biggest(shapes []Shape) Shape {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Rect{W: 10, H: 0.5}, Circle{2.5}}
	total := 0.0
	for _, s := range shapes {
		describe(s)
		total += s.Area()
	}
	fmt.Printf("total area: %.3f\n", total)
	fmt.Println("biggest:", biggest(shapes))
	for i, s := range shapes {
		if r, ok := s.(Rect); ok {
			fmt.Println(i, "is a rect with width", r.W)
		} else {
			fmt.Println(i, "is not a rect:", s)
		}
	}
	var s Shape
	fmt.Println("nil shape?", s == nil)
	s = Circle{3}
	_, isStringer := s.(fmt.Stringer)
	fmt.Println("circle is Stringer?", isStringer)
	s = Rect{1, 1}
	_, isStringer = s.(fmt.Stringer)
	fmt.Println("rect is Stringer?", isStringer)
	fmt.Println(s == Rect{1, 1}, s)
}
