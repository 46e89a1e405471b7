package main

import (
	"fmt"
	"math"
	"strconv"
)

type Shape interface {
	Area() float64
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Tri struct{ A, B, C float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (r Rect) Area() float64   { return r.W * r.H }
func (t *Tri) Area() float64 {
	s := (t.A + t.B + t.C) / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func (r Rect) String() string { return fmt.Sprintf("Rect %gx%g", r.W, r.H) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil value"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case float64:
		return "float " + strconv.FormatFloat(x, 'f', 2, 64)
	case string:
		return fmt.Sprintf("string of len %d", len(x))
	case []int:
		return fmt.Sprintf("int slice sum=%d", sum(x))
	case fmt.Stringer:
		return "Stringer: " + x.String()
	case Shape:
		return fmt.Sprintf("shape %T area=%.3f", x, x.Area())
	case error:
		return "error: " + x.Error()
	case func() int:
		return fmt.Sprintf("func returning %d", x())
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	inputs := []any{
		nil, 42, int64(7), 3.14159, "hello", []int{1, 2, 3},
		Rect{2, 3}, Circle{1}, &Tri{3, 4, 5}, Tri{3, 4, 5},
		fmt.Errorf("oops"), func() int { return 9 }, map[string]int{"a": 1},
		struct{}{}, 'r', true,
	}
	for i, in := range inputs {
		fmt.Printf("%2d. %s\n", i, describe(in))
	}

	// Comma-ok type assertions
	var s Shape = Circle{2}
	if c, ok := s.(Circle); ok {
		fmt.Println("is Circle with R =", c.R)
	}
	if _, ok := s.(Rect); !ok {
		fmt.Println("not a Rect")
	}
	_, isStringer := s.(fmt.Stringer)
	fmt.Println("Circle is Stringer:", isStringer)

	// Failed assertion without ok panics
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	r := s.(Rect)
	fmt.Println("unreachable", r)
}
