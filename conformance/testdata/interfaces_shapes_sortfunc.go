package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
)

type Shape interface {
	Area() float64
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Tri struct{ B, H float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (c Circle) Name() string  { return "circle" }
func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (t *Tri) Area() float64   { return t.B * t.H / 2 }
func (t *Tri) Name() string    { return "tri" }

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, &Tri{6, 5}, Rect{1, 1}, Circle{2}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-6s %7.3f\n", s.Name(), s.Area())
	}
	slices.SortStableFunc(shapes, func(a, b Shape) int {
		return cmp.Compare(a.Name(), b.Name())
	})
	for _, s := range shapes {
		fmt.Print(s.Name(), " ")
	}
	fmt.Println()
	total := 0.0
	for _, s := range shapes {
		if _, ok := s.(Circle); !ok {
			total += s.Area()
		}
	}
	fmt.Printf("non-circle total: %.1f\n", total)
	i := slices.IndexFunc(shapes, func(s Shape) bool { return s.Name() == "tri" })
	fmt.Printf("%d %T\n", i, shapes[i])
}
