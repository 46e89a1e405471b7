package main

import (
	"fmt"
	"math"
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

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	// herons formula
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func (c Circle) String() string {
	return fmt.Sprintf("Circle(r=%.1f)", c.Radius)
}

func totalArea(shapes []Shape) float64 {
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	return total
}

func main() {
	shapes := []Shape{
		Rectangle{Width: 3, Height: 4},
		Circle{Radius: 1},
		Triangle{3, 4, 5},
		Rectangle{10, 0.5},
		Circle{2.5},
	}

	for i, s := range shapes {
		name := fmt.Sprint(s)
		fmt.Printf("%d: %-16s area=%8.3f perimeter=%7.3f\n", i, name, s.Area(), s.Perimeter())
	}
	fmt.Printf("total area: %.4f\n", totalArea(shapes))

	// type switch to find what kind each is
	var rects, circles, others int
	for _, s := range shapes {
		switch v := s.(type) {
		case Rectangle:
			rects++
			if v.Width == v.Height {
				fmt.Println("found a square!")
			}
		case Circle:
			circles++
			fmt.Println("circle with diameter", v.Radius*2)
		default:
			others++
		}
	}
	fmt.Println("rectangles:", rects, "circles:", circles, "others:", others)

	// biggest
	var biggest Shape
	for _, s := range shapes {
		if biggest == nil || s.Area() > biggest.Area() {
			biggest = s
		}
	}
	fmt.Printf("biggest is %v\n", biggest)

	if c, ok := biggest.(Circle); ok {
		fmt.Println("and it is a circle with radius", c.Radius)
	}
}
