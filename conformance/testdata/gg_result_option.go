package main

import (
	"errors"
	"fmt"
	"strconv"
)

// Option holds a value or nothing.
type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{val: v, ok: true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.ok }
func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}
func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

// Result holds a value or an error.
type Result[T any] struct {
	Val T
	Err error
}

func Ok[T any](v T) Result[T]         { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }
func Of[T any](v T, err error) Result[T] {
	return Result[T]{Val: v, Err: err}
}

func (r Result[T]) Unwrap() (T, error) { return r.Val, r.Err }
func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

// Map transforms a successful result.
func Map[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return Ok(f(r.Val))
}

// AndThen chains a fallible step.
func AndThen[T, U any](r Result[T], f func(T) Result[U]) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return f(r.Val)
}

var ErrNegative = errors.New("negative value")

func nonNegative(n int) Result[int] {
	if n < 0 {
		return Fail[int](fmt.Errorf("check %d: %w", n, ErrNegative))
	}
	return Ok(n)
}

func lookup(m map[string]int, k string) Option[int] {
	if v, ok := m[k]; ok {
		return Some(v)
	}
	return None[int]()
}

func main() {
	ages := map[string]int{"ann": 31, "ben": 27}
	for _, name := range []string{"ann", "zed", "ben"} {
		o := lookup(ages, name)
		fmt.Printf("%-4s %-9v orElse=%d\n", name, o, o.OrElse(-1))
	}
	if v, ok := lookup(ages, "ben").Get(); ok {
		fmt.Println("ben is", v)
	}

	inputs := []string{"12", "-4", "abc", "100"}
	for _, in := range inputs {
		r := AndThen(Of(strconv.Atoi(in)), nonNegative)
		doubled := Map(r, func(n int) float64 { return float64(n) * 1.5 })
		fmt.Printf("%-5q -> %v -> %v\n", in, r, doubled)
		if _, err := doubled.Unwrap(); errors.Is(err, ErrNegative) {
			fmt.Println("      negative rejected")
		}
	}

	fmt.Printf("%T\n", Some("x"))
	fmt.Printf("%T\n", Ok(3.5))
	fmt.Printf("%+v\n", Some([]int{1, 2}))
	fmt.Println(None[string](), Ok("done"))
}
