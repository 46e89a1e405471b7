package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
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
func (t *Triangle) Perimeter() float64 {
	return t.A + t.B + t.C
}
func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (s Square) String() string { return fmt.Sprintf("Square(%g)", s.W) }

type InvalidShapeError struct {
	Kind   string
	Reason string
}

func (e *InvalidShapeError) Error() string { return e.Kind + ": " + e.Reason }

func NewTriangle(a, b, c float64) (*Triangle, error) {
	if a+b <= c || a+c <= b || b+c <= a {
		return nil, &InvalidShapeError{"triangle", fmt.Sprintf("sides %g, %g, %g violate the triangle inequality", a, b, c)}
	}
	return &Triangle{a, b, c}, nil
}

type byArea []Shape

func (s byArea) Len() int           { return len(s) }
func (s byArea) Less(i, j int) bool { return s[i].Area() < s[j].Area() }
func (s byArea) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	shapes := []Shape{Circle{1.5}, Rect{3, 4}, Square{Rect{2.5, 2.5}}, Circle{0.5}}
	for _, sides := range [][3]float64{{3, 4, 5}, {1, 2, 10}, {6, 6, 6}} {
		t, err := NewTriangle(sides[0], sides[1], sides[2])
		var ise *InvalidShapeError
		if errors.As(err, &ise) {
			fmt.Printf("skipping %s (%v)\n", ise.Kind, err)
			continue
		}
		shapes = append(shapes, t)
	}
	sort.Sort(byArea(shapes))
	var total float64
	for i, s := range shapes {
		fmt.Printf("%d. %-15T area=%8.3f perimeter=%8.3f  %v\n", i+1, s, s.Area(), s.Perimeter(), s)
		total += s.Area()
	}
	fmt.Printf("total area %.2f\n", total)

	counts := map[string]int{}
	for _, s := range shapes {
		switch v := s.(type) {
		case Circle:
			counts["circle"]++
			fmt.Printf("circle radius %g, diameter %g\n", v.R, 2*v.R)
		case Square:
			counts["square"]++
			fmt.Printf("square %+v\n", v.Rect)
		case Rect:
			counts["rect"]++
		case *Triangle:
			counts["triangle"]++
			fmt.Printf("triangle %+v right-angled: %t\n", *v, v.A*v.A+v.B*v.B == v.C*v.C)
		}
	}
	fmt.Println("counts:", counts)
	largest := shapes[len(shapes)-1]
	if st, ok := largest.(fmt.Stringer); ok {
		fmt.Println("largest is a Stringer:", st)
	} else {
		fmt.Printf("largest is %T without String method\n", largest)
	}
}
