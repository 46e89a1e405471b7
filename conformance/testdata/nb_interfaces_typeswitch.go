package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Circle struct{ R float64 }
type Square struct{ Side float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }

func (s *Square) Area() float64      { return s.Side * s.Side }
func (s *Square) Perimeter() float64 { return 4 * s.Side }
func (s *Square) String() string     { return fmt.Sprintf("Square(%g)", s.Side) }

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d (doubled %d)", x, x*2)
	case string:
		return fmt.Sprintf("string %q of len %d", x, len(x))
	case []int:
		return fmt.Sprintf("slice with %d ints", len(x))
	case fmt.Stringer:
		return "stringer " + x.String()
	case Shape:
		return fmt.Sprintf("shape with area %.2f", x.Area())
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func mayFail(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{}
	}
	return e
}

func main() {
	// Step 1: a slice of interface values
	shapes := []Shape{Circle{1}, &Square{2}}
	for i, s := range shapes {
		fmt.Printf("step 1.%d: %T area=%.3f perim=%.3f\n", i, s, s.Area(), s.Perimeter())
	}

	// Step 2: type assertion with comma-ok
	c, ok := shapes[0].(Circle)
	fmt.Println("step 2:", c, ok)
	_, ok = shapes[1].(Circle)
	fmt.Println("step 3: second is circle?", ok)

	// Step 4: assert to another interface
	n, ok := shapes[0].(Named)
	fmt.Println("step 4:", ok, n.Name())
	_, ok = shapes[1].(Named)
	fmt.Println("step 5: square named?", ok)

	// Step 6: embedded interfaces
	var ns NamedShape = Circle{2}
	fmt.Printf("step 6: %s %.2f\n", ns.Name(), ns.Area())

	// Step 7: a type switch over many kinds
	values := []any{42, "héllo", []int{1, 2, 3}, &Square{3}, Circle{1}, &MyErr{}, 3.5, nil}
	for _, v := range values {
		fmt.Println("step 7:", describe(v))
	}

	// Step 8: the zero interface value is nil
	var s Shape
	fmt.Println("step 8:", s == nil)

	// Step 9: an interface holding a nil pointer is not nil
	err := mayFail(false)
	fmt.Println("step 9:", err == nil, fmt.Sprintf("%T", err))
	err = mayFail(true)
	fmt.Println("step 10:", err)

	// Step 11: interface comparison compares dynamic type and value
	var a, b any = 3, 3
	var f any = 3.0
	fmt.Println("step 11:", a == b, a == f)

	// Step 12: Stringer is used by fmt
	sq := &Square{5}
	fmt.Println("step 12:", sq)

	// Step 13: compile-time check pattern
	var _ Shape = (*Square)(nil)
	fmt.Println("step 13: *Square implements Shape")

	// Step 14: total area across interfaces
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("step 14: total %.4f\n", total)
}
