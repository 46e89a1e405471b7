package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return fmt.Sprintf("code %d", e.Code)
}

func mayFailBad(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{Code: 7}
	}
	return p // typed nil when !fail
}

func mayFailGood(fail bool) error {
	if fail {
		return &MyErr{Code: 7}
	}
	return nil
}

type Walker interface{ Walk() string }

type Cat struct{}

func (c *Cat) Walk() string {
	if c == nil {
		return "ghost cat walks"
	}
	return "cat walks"
}

func main() {
	var e1 error
	fmt.Println("zero error == nil:", e1 == nil)

	e2 := mayFailBad(false)
	fmt.Println("bad(false) == nil:", e2 == nil)
	fmt.Printf("bad(false) type=%T value=%v\n", e2, e2)

	e3 := mayFailGood(false)
	fmt.Println("good(false) == nil:", e3 == nil)

	e4 := mayFailGood(true)
	fmt.Println("good(true):", e4)

	// detect typed nil by asserting the concrete type
	if p, ok := e2.(*MyErr); ok && p == nil {
		fmt.Println("e2 holds a nil *MyErr")
	}

	var target *MyErr
	fmt.Println("errors.As on typed nil:", errors.As(e2, &target), target == nil)

	// methods on a nil pointer receiver are callable
	var c *Cat
	var w Walker = c
	fmt.Println("w == nil:", w == nil, "->", w.Walk())
	w = nil
	fmt.Println("after w = nil:", w == nil)

	// any holding nil pointer/slice/map
	var sl []int
	var m map[string]int
	vals := []any{nil, (*int)(nil), sl, m, (func())(nil)}
	for i, v := range vals {
		fmt.Printf("%d: %-14T isNil(any)=%v\n", i, v, v == nil)
	}

	// comparing interfaces holding nil of different types
	var a1 any = (*int)(nil)
	var a2 any = (*string)(nil)
	fmt.Println("a1 == a2:", a1 == a2)
	var a3 any = (*int)(nil)
	fmt.Println("a1 == a3:", a1 == a3)
}
