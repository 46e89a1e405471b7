package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Result carries either a value or an error.
type Result[T any] struct {
	Value T
	Err   error
}

func Ok[T any](v T) Result[T]         { return Result[T]{Value: v} }
func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }

func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) IsOk() bool { return r.Err == nil }

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic(fmt.Sprintf("unwrap on error: %v", r.Err))
	}
	return r.Value
}

func (r Result[T]) UnwrapOr(def T) T {
	if r.Err != nil {
		return def
	}
	return r.Value
}

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Value)
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return Try(f(r.Value))
}

type RangeError struct {
	Field    string
	Got, Max int
}

func (e *RangeError) Error() string {
	return fmt.Sprintf("%s=%d exceeds %d", e.Field, e.Got, e.Max)
}

var ErrBlank = errors.New("blank input")

func nonBlank(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ErrBlank
	}
	return s, nil
}

func inRange(n int) (int, error) {
	if n > 100 {
		return 0, &RangeError{"percent", n, 100}
	}
	return n, nil
}

func parsePercent(s string) Result[float64] {
	r := Then(Then(Try(nonBlank(s)), strconv.Atoi), inRange)
	return Then(r, func(n int) (float64, error) { return float64(n) / 100, nil })
}

func safeUnwrap[T any](r Result[T]) (v T, msg string) {
	defer func() {
		if rec := recover(); rec != nil {
			msg = fmt.Sprint("recovered: ", rec)
		}
	}()
	return r.Unwrap(), "ok"
}

func main() {
	for _, in := range []string{"50", "  7", "", "abc", "250", "100"} {
		r := parsePercent(in)
		var re *RangeError
		switch {
		case r.IsOk():
			fmt.Printf("%-6q %v\n", in, r)
		case errors.Is(r.Err, ErrBlank):
			fmt.Printf("%-6q blank -> default %.2f\n", in, r.UnwrapOr(0.1))
		case errors.As(r.Err, &re):
			fmt.Printf("%-6q range error on %s: %+v\n", in, re.Field, *re)
		default:
			fmt.Printf("%-6q %v\n", in, r)
		}
	}

	v, msg := safeUnwrap(parsePercent("oops"))
	fmt.Printf("%v %q\n", v, msg)
	v, msg = safeUnwrap(parsePercent("42"))
	fmt.Printf("%v %q\n", v, msg)

	results := []Result[int]{Ok(1), Fail[int](ErrBlank), Ok(3)}
	var errs []error
	sum := 0
	for _, r := range results {
		sum += r.UnwrapOr(0)
		if !r.IsOk() {
			errs = append(errs, r.Err)
		}
	}
	joined := errors.Join(errs...)
	fmt.Printf("sum=%d errs=%v is-blank=%t %T\n", sum, joined, errors.Is(joined, ErrBlank), results[0])
}
