// Chapter: interfaces, nil, and type assertions.
package main

import "fmt"

type Shape interface {
	Area() float64
}

type Square struct{ Side float64 }

func (s *Square) Area() float64 {
	if s == nil {
		return 0
	}
	return s.Side * s.Side
}

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

// returnsTypedNil returns a non-nil error interface holding a nil pointer.
func returnsTypedNil(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func assertSquare(s Shape) (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("recovered: ", r)
		}
	}()
	sq := s.(*Square) // panics if s does not hold *Square
	return fmt.Sprint("got square with area ", sq.Area())
}

func describe(i any) string {
	switch v := i.(type) {
	case nil:
		return "nil interface"
	case int, int64:
		return fmt.Sprintf("integer %v of type %T", v, v)
	case string:
		return "string of length " + fmt.Sprint(len(v))
	case Shape:
		return fmt.Sprintf("shape %T area %.1f", v, v.Area())
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	var s Shape
	fmt.Println("zero interface == nil:", s == nil)

	var sq *Square
	s = sq
	fmt.Println("holding nil *Square == nil:", s == nil, "sq == nil:", sq == nil)
	fmt.Printf("%v %T area=%v\n", s, s, s.Area())

	err1 := returnsTypedNil(false)
	var err2 error
	fmt.Println("typed nil error == nil:", err1 == nil)
	fmt.Println("real nil error == nil:", err2 == nil)
	fmt.Printf("err1 dynamic type %T, holds nil pointer: %v\n", err1, err1 == (*MyErr)(nil))

	// Comma-ok assertions never panic.
	s = Circle{2}
	c, ok := s.(Circle)
	fmt.Println(c, ok)
	p, ok := s.(*Square)
	fmt.Println(p, ok)

	// Single-value assertion panics on mismatch.
	fmt.Println(assertSquare(&Square{3}))
	fmt.Println(assertSquare(Circle{1}))
	fmt.Println(assertSquare(nil))

	for _, v := range []any{nil, 42, int64(7), "hey", Circle{1}, &Square{2}, &MyErr{}, 3.5, []int{1}} {
		fmt.Println(describe(v))
	}

	// Interfaces are comparable when their dynamic values are.
	var a, b any = 3, 3
	fmt.Println(a == b, a == any(int64(3)), any(Circle{1}) == any(Circle{1}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var x, y any = []int{1}, []int{1}
		fmt.Println(x == y)
	}()
}
