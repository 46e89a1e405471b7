package main

import (
	"fmt"
	"sort"
)

type Shape interface {
	Area() float64
	Name() string
}

type Scaler interface {
	Scale(f float64)
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return fmt.Sprintf("rect %gx%g", r.W, r.H) }
func (r *Rect) Scale(f float64) { r.W *= f; r.H *= f }

type Circle struct{ R float64 }

func (c *Circle) Area() float64   { return 3 * c.R * c.R } // integer-ish pi keeps output exact
func (c *Circle) Name() string    { return fmt.Sprintf("circle r=%g", c.R) }
func (c *Circle) Scale(f float64) { c.R *= f }

func scaleAll(shapes []Shape, f float64) int {
	scaled := 0
	for _, s := range shapes {
		if sc, ok := s.(Scaler); ok {
			sc.Scale(f)
			scaled++
		}
	}
	return scaled
}

func report(title string, shapes []Shape) {
	fmt.Println(title)
	for _, s := range shapes {
		_, isPtr := s.(*Rect)
		fmt.Printf("  %-14s area=%-6g rectPtr=%v\n", s.Name(), s.Area(), isPtr)
	}
}

func main() {
	r := Rect{W: 2, H: 3}
	c := Circle{R: 1}
	shapes := []Shape{r, &r, &c}

	report("initial:", shapes)
	n := scaleAll(shapes, 2)
	fmt.Println("scaled", n, "shapes")
	report("after scale x2:", shapes)
	fmt.Println("r itself:", r, "c itself:", c)

	// The interface holding a Rect value has its own copy; changing r does not affect it.
	r.W = 100
	report("after r.W=100:", shapes)

	// Extracting the value from an interface gives another copy.
	if rv, ok := shapes[0].(Rect); ok {
		rv.W = 999
		fmt.Println("modified extracted copy:", rv.Name(), "original in slice:", shapes[0].Name())
	}
	// Extracting the pointer gives access to the shared Rect.
	if rp, ok := shapes[1].(*Rect); ok {
		rp.H = 7
		fmt.Println("via pointer:", shapes[1].Name(), "r is now:", r)
	}

	// Comparing interfaces: equal dynamic types and values.
	var s1, s2 Shape = Rect{1, 1}, Rect{1, 1}
	var s3, s4 Shape = &Circle{1}, &Circle{1}
	fmt.Println("value ifaces equal:", s1 == s2, "pointer ifaces equal:", s3 == s4)

	// Interface holding a nil pointer is not nil.
	var cp *Circle
	var sh Shape = cp
	fmt.Println("nil pointer in iface == nil:", sh == nil, "typed:", fmt.Sprintf("%T", sh))

	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	report("sorted by area:", shapes)
}
