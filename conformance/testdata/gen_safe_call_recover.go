package main

import (
	"errors"
	"fmt"
)

type PanicError struct {
	Value any
	Op    string
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("%s panicked: %v", e.Op, e.Value)
}

func (e *PanicError) Unwrap() error {
	if err, ok := e.Value.(error); ok {
		return err
	}
	return nil
}

type Coord struct{ X, Y int }

func (c Coord) String() string { return fmt.Sprintf("(%d,%d)", c.X, c.Y) }

var ErrBoom = errors.New("boom")

// SafeCall runs fn and converts a panic into an error.
func SafeCall[T any](op string, fn func() (T, error)) (result T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Value: r, Op: op}
		}
	}()
	return fn()
}

func divide(a, b int) (int, error) {
	if b == 0 {
		panic(fmt.Sprintf("divide %d by zero", a))
	}
	return a / b, nil
}

func main() {
	calls := []struct {
		op string
		fn func() (int, error)
	}{
		{"ok", func() (int, error) { return divide(10, 3) }},
		{"string panic", func() (int, error) { return divide(1, 0) }},
		{"error panic", func() (int, error) { panic(fmt.Errorf("wrapped: %w", ErrBoom)) }},
		{"struct panic", func() (int, error) { panic(Coord{3, -4}) }},
		{"int panic", func() (int, error) { panic(42) }},
		{"plain error", func() (int, error) { return 0, errors.New("regular failure") }},
	}
	for _, c := range calls {
		v, err := SafeCall(c.op, c.fn)
		var pe *PanicError
		if errors.As(err, &pe) {
			fmt.Printf("%-13s panic value %v (%T) | err: %v | boom=%t\n",
				c.op, pe.Value, pe.Value, err, errors.Is(err, ErrBoom))
			continue
		}
		fmt.Printf("%-13s v=%d err=%v\n", c.op, v, err)
	}

	s, err := SafeCall("strings", func() (string, error) {
		defer fmt.Println("  deferred inside still runs")
		panic([]string{"a", "b"})
	})
	fmt.Printf("%q %v\n", s, err)

	// nested recover: inner handler re-panics with more context
	_, err = SafeCall("outer", func() (bool, error) {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprintf("inner(%v)", r))
			}
		}()
		panic("original")
	})
	fmt.Println(err)
}
