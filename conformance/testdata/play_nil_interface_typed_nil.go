package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.Msg
}

func mayFail(fail bool) *MyErr {
	if fail {
		return &MyErr{"boom"}
	}
	return nil
}

// Bug: returns a typed nil wrapped in a non-nil interface.
func buggy(fail bool) error {
	return mayFail(fail)
}

// Fix: return a literal nil interface.
func fixed(fail bool) error {
	if e := mayFail(fail); e != nil {
		return e
	}
	return nil
}

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (s *Square) Area() float64 {
	if s == nil {
		return 0
	}
	return s.S * s.S
}

func main() {
	var e error
	fmt.Println("zero error == nil:", e == nil)
	fmt.Printf("%%v=%v %%T=%T\n", e, e)

	b := buggy(false)
	fmt.Println("buggy(false) == nil:", b == nil)
	fmt.Printf("buggy(false): %%v=%v %%T=%T\n", b, b)

	f := fixed(false)
	fmt.Println("fixed(false) == nil:", f == nil)

	f = fixed(true)
	fmt.Println("fixed(true):", f)

	// Methods can be called on nil pointers
	var sq *Square
	var sh Shape = sq
	fmt.Println("nil *Square area:", sh.Area(), " sh == nil:", sh == nil)

	// Compare interface against typed nil
	fmt.Println("sh == (*Square)(nil):", sh == (*Square)(nil))

	// errors.As finds typed nil too
	var target *MyErr
	fmt.Println("errors.As(buggy):", errors.As(b, &target), "target nil:", target == nil)

	// Calling a method on a truly nil interface panics
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
		}()
		var s Shape
		fmt.Println(s.Area())
	}()

	// any holding nil values of different types
	vals := []any{nil, (*int)(nil), []int(nil), map[string]int(nil), (func())(nil), error(nil)}
	for i, v := range vals {
		fmt.Printf("%d: %-18T isNil=%-5v printed=%v\n", i, v, v == nil, v)
	}

	// Assignment of a nil interface to another interface stays nil
	var s1 fmt.Stringer
	var a any = s1
	fmt.Println("any from nil Stringer == nil:", a == nil)
}
