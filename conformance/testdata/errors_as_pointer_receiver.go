package main

import (
	"errors"
	"fmt"
)

type HTTPError struct {
	Code int
	Msg  string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("http %d: %s", e.Code, e.Msg) }

type TimeoutError struct{ Op string }

func (e TimeoutError) Error() string { return e.Op + ": timeout" }

func fetch(i int) error {
	switch i {
	case 0:
		return fmt.Errorf("fetch: %w", &HTTPError{404, "not found"})
	case 1:
		return fmt.Errorf("fetch: %w", TimeoutError{"dial"})
	}
	return nil
}

func main() {
	for i := range 3 {
		err := fetch(i)
		var he *HTTPError
		var te TimeoutError
		switch {
		case errors.As(err, &he):
			fmt.Println("http error code", he.Code, "-", err)
		case errors.As(err, &te):
			fmt.Println("timeout in", te.Op, "-", err)
		default:
			fmt.Println("ok:", err)
		}
	}
}
