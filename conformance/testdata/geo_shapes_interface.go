package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Mover interface {
	Move(dx, dy float64)
}

type Base struct {
	Name string
	X, Y float64
}

func (b *Base) Move(dx, dy float64) { b.X += dx; b.Y += dy }
func (b Base) Where() string        { return fmt.Sprintf("%s@(%g,%g)", b.Name, b.X, b.Y) }

type Circle struct {
	Base
	R float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(%s r=%g)", c.Where(), c.R) }

type Rect struct {
	Base
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Square struct{ Rect }

func NewSquare(name string, x, y, s float64) *Square {
	return &Square{Rect{Base{name, x, y}, s, s}}
}

type Triangle struct {
	Base
	A, B, C float64
}

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

type Named interface{ Where() string }

func describe(s Shape) string {
	switch v := s.(type) {
	case *Circle:
		return fmt.Sprintf("circle radius %.1f", v.R)
	case *Square:
		return fmt.Sprintf("square side %.1f", v.W)
	case *Rect:
		return fmt.Sprintf("rect %gx%g aspect %.2f", v.W, v.H, v.W/v.H)
	case *Triangle:
		kind := "scalene"
		if v.A == v.B && v.B == v.C {
			kind = "equilateral"
		} else if v.A == v.B || v.B == v.C || v.A == v.C {
			kind = "isosceles"
		}
		return "triangle " + kind
	default:
		return fmt.Sprintf("unknown %T", v)
	}
}

func main() {
	shapes := []Shape{
		&Circle{Base{"sun", 0, 0}, 2},
		&Rect{Base{"door", 5, 1}, 1, 2.5},
		NewSquare("tile", -3, 4, 3),
		&Triangle{Base{"roof", 2, 6}, 5, 5, 6},
		&Triangle{Base{"flag", 9, 9}, 3, 3, 3},
		&Circle{Base{"dot", 1, 1}, 0.5},
		&Rect{Base{"wall", 0, 0}, 10, 0.3},
	}
	var total float64
	for _, s := range shapes {
		total += s.Area()
		name := "?"
		if n, ok := s.(Named); ok {
			name = n.Where()
		}
		fmt.Printf("%-16T %-16s area=%7.3f perim=%7.3f  %s\n", s, name, s.Area(), s.Perimeter(), describe(s))
	}
	fmt.Printf("total area %.3f\n", total)

	for _, s := range shapes {
		if m, ok := s.(Mover); ok {
			m.Move(1, -1)
		}
	}
	fmt.Println(shapes[0])
	fmt.Printf("%v\n", shapes[1])
	fmt.Printf("%+v\n", shapes[2])
	sq := shapes[2].(*Square)
	fmt.Println("square promoted fields:", sq.Name, sq.X, sq.Y, sq.W, sq.Rect.Base.Name)

	sort.SliceStable(shapes, func(i, j int) bool { return shapes[i].Area() > shapes[j].Area() })
	var names []string
	for _, s := range shapes {
		names = append(names, s.(Named).Where())
	}
	fmt.Println("by area desc:", strings.Join(names, " > "))

	byKind := map[string][]string{}
	for _, s := range shapes {
		k := fmt.Sprintf("%T", s)
		byKind[k] = append(byKind[k], s.(Named).Where())
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Printf("%-15s %q\n", k, byKind[k])
	}
	var ratio []string
	for _, s := range shapes {
		ratio = append(ratio, fmt.Sprintf("%.3f", 4*math.Pi*s.Area()/(s.Perimeter()*s.Perimeter())))
	}
	fmt.Println("isoperimetric quotients:", ratio)
}
