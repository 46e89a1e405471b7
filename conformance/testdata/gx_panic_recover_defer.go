package main

import (
	"errors"
	"fmt"
	"strings"
)

// PanicError records a recovered panic value.
type PanicError struct {
	Op    string
	Value any
}

func (e *PanicError) Error() string { return fmt.Sprintf("%s panicked: %v", e.Op, e.Value) }

func (e *PanicError) Unwrap() error {
	if err, ok := e.Value.(error); ok {
		return err
	}
	return nil
}

// Try runs f and converts a panic into an error.
func Try[T any](op string, f func() T) (result T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Op: op, Value: r}
		}
	}()
	return f(), nil
}

func divide(a, b int) int { return a / b }

func index(s []string, i int) string { return s[i] }

var ErrCustom = errors.New("custom failure")

func traced(log *[]string, name string) func() {
	*log = append(*log, "enter "+name)
	return func() { *log = append(*log, "exit "+name) }
}

func nested(log *[]string) (n int) {
	defer traced(log, "nested")()
	for i := range 3 {
		defer func() {
			n += i
			*log = append(*log, fmt.Sprintf("deferred i=%d n=%d", i, n))
		}()
	}
	return 10
}

func cleanup() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered in cleanup: %v", r)
		}
	}()
	defer func() {
		panic("second panic replaces the first")
	}()
	panic("first panic")
}

func main() {
	v, err := Try("divide", func() int { return divide(10, 2) })
	fmt.Println(v, err)
	v, err = Try("divide", func() int { return divide(1, 0) })
	fmt.Println(v, err)

	s, err := Try("index", func() string { return index([]string{"a"}, 3) })
	fmt.Printf("%q %v\n", s, err)

	_, err = Try("custom", func() bool { panic(fmt.Errorf("wrapped: %w", ErrCustom)) })
	fmt.Println(err)
	fmt.Println("is ErrCustom:", errors.Is(err, ErrCustom))
	var pe *PanicError
	if errors.As(err, &pe) {
		_, isErr := pe.Value.(error)
		fmt.Printf("op=%s value is error: %t\n", pe.Op, isErr)
	}

	_, err = Try("nil map", func() int {
		var m map[string]int
		m["x"] = 1
		return 0
	})
	fmt.Println(err)

	_, err = Try("type assert", func() string {
		var x any = 42
		return x.(string)
	})
	fmt.Println(err)

	var log []string
	n := nested(&log)
	fmt.Println("nested returned", n)
	fmt.Println(strings.Join(log, "\n"))

	fmt.Println(cleanup())

	for i := range 3 {
		defer fmt.Println("main defer", i)
	}
	fmt.Println("main body done")
}
