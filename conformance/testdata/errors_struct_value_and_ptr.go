package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Value int
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", v.Field, v.Value)
}

type HTTPError struct {
	Code int
	Msg  string
}

func (h *HTTPError) Error() string { return fmt.Sprintf("%d %s", h.Code, h.Msg) }

func validate(age int) error {
	if age < 0 || age > 150 {
		return ValidationError{"age", age}
	}
	return nil
}

func request(path string) error {
	if path != "/" {
		return &HTTPError{404, "not found: " + path}
	}
	return nil
}

func main() {
	for _, a := range []int{30, -1, 200} {
		err := validate(a)
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Println("validation:", ve.Field, ve.Value, ve)
		} else {
			fmt.Println("valid:", a, err == nil)
		}
	}
	err := fmt.Errorf("handler: %w", request("/x"))
	var he *HTTPError
	fmt.Println(errors.As(err, &he), he.Code, he)
	fmt.Printf("%v | %s | %+v\n", err, err, he)
	if v, ok := validate(-5).(ValidationError); ok {
		fmt.Printf("%#v\n", v)
	}
	fmt.Println(request("/") == nil, validate(5) == nil)
	e1, e2 := validate(-1), validate(-1)
	fmt.Println("equal values:", e1 == e2)
	fmt.Println("distinct ptrs:", request("/a") == request("/a"))
}
