package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]        { return Result[T]{val: v} }
func Err[T any](err error) Result[T] { return Result[T]{err: err} }
func From[T any](v T, err error) Result[T] {
	return Result[T]{val: v, err: err}
}

func (r Result[T]) Unwrap() (T, error) { return r.val, r.err }
func (r Result[T]) IsOk() bool         { return r.err == nil }
func (r Result[T]) Or(def T) T {
	if r.err != nil {
		return def
	}
	return r.val
}

func (r Result[T]) String() string {
	if r.err != nil {
		return "Err(" + r.err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.val)
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return From(f(r.val))
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// Try runs f and converts a panic raised by Must (or anything else) into an error.
func Try[T any](f func() T) (res Result[T]) {
	defer func() {
		if p := recover(); p != nil {
			if e, ok := p.(error); ok {
				res = Err[T](fmt.Errorf("recovered: %w", e))
			} else {
				res = Err[T](fmt.Errorf("recovered: %v", p))
			}
		}
	}()
	return Ok(f())
}

func main() {
	parse := func(s string) Result[int] { return From(strconv.Atoi(s)) }
	for _, s := range []string{"42", "x7", "-3"} {
		r := parse(s)
		half := Then(r, func(n int) (float64, error) {
			if n < 0 {
				return 0, errors.New("negative")
			}
			return float64(n) / 2, nil
		})
		fmt.Printf("%-4s parse=%v half=%v or=%v ok=%t\n", s, r, half, half.Or(-1), half.IsOk())
	}

	sum := Try(func() int {
		return Must(strconv.Atoi("10")) + Must(strconv.Atoi("20"))
	})
	fmt.Println("sum:", sum)

	bad := Try(func() int {
		return Must(strconv.Atoi("10")) + Must(strconv.Atoi("twenty"))
	})
	fmt.Println("bad:", bad)
	_, err := bad.Unwrap()
	var numErr *strconv.NumError
	fmt.Println("is NumError:", errors.As(err, &numErr), "syntax:", errors.Is(err, strconv.ErrSyntax), "func:", numErr.Func)

	idx := Try(func() string {
		xs := []string{"a"}
		i := len(xs) + 1
		return xs[i]
	})
	fmt.Println("index:", idx)
	fmt.Println("str panic:", Try(func() bool { panic("plain string") }))
}
