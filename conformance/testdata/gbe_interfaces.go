// Go by Example: Interfaces
package main

import (
	"fmt"
	"math"
)

type geometry interface {
	area() float64
	perim() float64
}

type rect struct{ width, height float64 }
type circle struct{ radius float64 }

// To implement an interface we just implement all its methods.
func (r rect) area() float64  { return r.width * r.height }
func (r rect) perim() float64 { return 2*r.width + 2*r.height }

func (c circle) area() float64  { return math.Pi * c.radius * c.radius }
func (c circle) perim() float64 { return 2 * math.Pi * c.radius }

// String makes circle also satisfy fmt.Stringer.
func (c circle) String() string { return fmt.Sprintf("circle(r=%g)", c.radius) }

// On an interface-typed value we can call the interface's methods.
func measure(g geometry) {
	fmt.Println(g)
	fmt.Printf("%.3f\n%.3f\n", g.area(), g.perim())
}

// A type assertion checks for a concrete type.
func detectCircle(g geometry) {
	if c, ok := g.(circle); ok {
		fmt.Println("circle with radius", c.radius)
	}
}

// A type switch tells us the dynamic type.
func describe(i any) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		return fmt.Sprintf("string of length %d", len(v))
	case fmt.Stringer:
		return "stringer " + v.String()
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	r := rect{width: 3, height: 4}
	c := circle{radius: 5}

	measure(r)
	measure(c)
	detectCircle(r)
	detectCircle(c)

	shapes := []geometry{r, c, rect{1, 1}}
	total := 0.0
	for _, s := range shapes {
		total += s.area()
	}
	fmt.Printf("total area %.2f\n", total)

	for _, v := range []any{nil, 7, int64(8), "hey", c, fmt.Errorf("boom"), 2.5, r} {
		fmt.Println(describe(v))
	}

	// A nil interface vs an interface holding a nil pointer.
	var g geometry
	fmt.Println(g == nil)
	var rp *rect
	g = rp
	fmt.Println(rp == nil, g == nil)
	fmt.Printf("%T %v\n", g, g)

	// Interface values are comparable when dynamic types are.
	var a, b geometry = rect{1, 2}, rect{1, 2}
	fmt.Println(a == b, a == geometry(rect{2, 1}))
}
