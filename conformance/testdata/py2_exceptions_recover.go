package main

import (
	"errors"
	"fmt"
	"strconv"
)

// class ValidationError(Exception)
type ValidationError struct {
	Field string
	Msg   string
}

func (e *ValidationError) Error() string { return e.Field + ": " + e.Msg }

var ErrNotFound = errors.New("key not found")

func lookup(m map[string]string, k string) (string, error) {
	v, ok := m[k]
	if !ok {
		return "", fmt.Errorf("lookup %q: %w", k, ErrNotFound)
	}
	return v, nil
}

func parseAge(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parseAge: %w", err)
	}
	if n < 0 {
		return 0, &ValidationError{"age", "must be non-negative"}
	}
	return n, nil
}

// try: ... except ZeroDivisionError
func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Sprintf("ValueError: %d is not positive", n))
	}
	return n
}

func try(f func()) (caught any) {
	defer func() { caught = recover() }()
	f()
	return nil
}

func main() {
	m := map[string]string{"a": "1"}
	for _, k := range []string{"a", "b"} {
		v, err := lookup(m, k)
		if errors.Is(err, ErrNotFound) {
			fmt.Println("except KeyError:", err)
			continue
		}
		fmt.Println("found:", v)
	}

	for _, s := range []string{"42", "-3", "abc", "99999999999999999999"} {
		n, err := parseAge(s)
		var ve *ValidationError
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Println("age ok:", n)
		case errors.As(err, &ve):
			fmt.Println("ValidationError field =", ve.Field, "|", err)
		case errors.As(err, &ne):
			fmt.Println("NumError:", ne.Func, ne.Num, ne.Err)
		}
	}

	for _, b := range []int{3, 0} {
		res, err := safeDiv(10, b)
		fmt.Println("safeDiv:", res, err)
	}

	fmt.Println("caught:", try(func() { mustPositive(-2) }))
	fmt.Println("caught:", try(func() { mustPositive(5) }))
	fmt.Println("caught:", try(func() {
		var s []int
		_ = s[3]
	}))
	fmt.Println("caught:", try(func() { panic(errors.New("custom error value")) }))

	// finally via defer; raise re-panics
	func() {
		defer fmt.Println("finally runs")
		defer func() {
			r := recover()
			fmt.Println("except:", r)
		}()
		panic("boom")
	}()

	joined := errors.Join(errors.New("first"), errors.New("second"))
	fmt.Println(joined)
	wrapped := fmt.Errorf("outer: %w", &ValidationError{"name", "empty"})
	fmt.Println(wrapped, errors.Unwrap(wrapped) != nil)
}
