package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
)

// Option holds a value that may be absent.
type Option[T any] struct {
	value T
	ok    bool
}

func Some[T any](v T) Option[T] { return Option[T]{value: v, ok: true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.value, o.ok }

func (o Option[T]) OrElse(def T) T {
	if o.ok {
		return o.value
	}
	return def
}

func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.value)
}

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]        { return Result[T]{val: v} }
func Err[T any](err error) Result[T] { return Result[T]{err: err} }

func (r Result[T]) IsOk() bool         { return r.err == nil }
func (r Result[T]) Unwrap() (T, error) { return r.val, r.err }

func (r Result[T]) ToOption() Option[T] {
	if r.err != nil {
		return None[T]()
	}
	return Some(r.val)
}

func (r Result[T]) String() string {
	if r.err != nil {
		return "Err(" + r.err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.val)
}

func parse(s string) Result[int] {
	n, err := strconv.Atoi(s)
	if err != nil {
		return Err[int](fmt.Errorf("parse %q: %w", s, errors.Unwrap(err)))
	}
	return Ok(n)
}

func find(xs []string, target string) Option[int] {
	if i := slices.Index(xs, target); i >= 0 {
		return Some(i)
	}
	return None[int]()
}

func main() {
	sum := 0
	for _, in := range []string{"42", "-7", "abc", "", "99999999999999999999"} {
		r := parse(in)
		fmt.Printf("%-24q -> %v (ok=%t)\n", in, r, r.IsOk())
		if v, err := r.Unwrap(); err == nil {
			sum += v
		} else if errors.Is(err, strconv.ErrSyntax) {
			fmt.Println("  syntax error:", err)
		} else if errors.Is(err, strconv.ErrRange) {
			fmt.Println("  range error:", err)
		}
		fmt.Printf("  as option: %v, or default: %d\n", r.ToOption(), r.ToOption().OrElse(-1))
	}
	fmt.Println("sum:", sum)
	names := []string{"ann", "bob", "cid"}
	for _, n := range []string{"bob", "zed"} {
		o := find(names, n)
		if i, ok := o.Get(); ok {
			fmt.Printf("found %s at %d: %v\n", n, i, o)
		} else {
			fmt.Printf("missing %s: %v\n", n, o)
		}
	}
	fmt.Printf("%T | %T | %+v\n", Some("x"), Ok(3.5), Some(true))
}
