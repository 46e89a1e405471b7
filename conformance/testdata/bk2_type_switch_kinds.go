package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type NotFound struct{ Key string }

func (e *NotFound) Error() string {
	if e == nil {
		return "not found: <nil receiver>"
	}
	return "not found: " + e.Key
}

// Both is an error and a Stringer; the case order decides which wins.
type Both struct{}

func (Both) Error() string  { return "both-as-error" }
func (Both) String() string { return "both-as-stringer" }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case int, int64:
		return fmt.Sprintf("integer %T %v", x, x)
	case float64:
		return "float " + strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		return "string of len " + strconv.Itoa(len(x))
	case []int:
		sum := 0
		for _, n := range x {
			sum += n
		}
		return fmt.Sprintf("slice sum %d", sum)
	case func() string:
		return "func returning " + x()
	case bool:
		if x {
			return "bool yes"
		}
		return "bool no"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func mustString(v any) (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%T: %v", r, r)
		}
	}()
	return v.(string), nil
}

func main() {
	values := []any{
		nil,
		42,
		int64(7),
		3.5,
		"hello",
		Celsius(21.5),
		&NotFound{"k1"},
		(*NotFound)(nil),
		errors.New("boom"),
		Both{},
		[]int{1, 2, 3},
		func() string { return "hi" },
		true,
		map[string]int{},
		struct{}{},
		uint8(9),
	}
	for i, v := range values {
		fmt.Printf("%2d %s\n", i, classify(v))
	}

	var st fmt.Stringer = Celsius(-4)
	if c, ok := st.(Celsius); ok {
		fmt.Println("asserted Celsius:", float64(c))
	}
	if _, ok := st.(error); !ok {
		fmt.Println("Celsius is not an error")
	}

	for _, v := range []any{"text", 12, nil} {
		s, err := mustString(v)
		fmt.Printf("mustString -> %q, %v\n", s, err)
	}

	var e error = &NotFound{"z"}
	switch e.(type) {
	case interface{ Unwrap() error }:
		fmt.Println("wrapper")
	case *NotFound:
		fmt.Println("plain *NotFound")
	}
}
