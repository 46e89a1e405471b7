package main

import (
	"errors"
	"fmt"
	"strconv"
)

// Optional holds a value or nothing.
type Optional[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{val: v, ok: true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) IsSome() bool { return o.ok }
func (o Optional[T]) OrElse(def T) T {
	if o.ok {
		return o.val
	}
	return def
}
func (o Optional[T]) String() string {
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

func Ok[T any](v T) Result[T]             { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T]     { return Result[T]{Err: err} }
func Try[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

func (r Result[T]) ToOptional() Optional[T] {
	if r.Err != nil {
		return None[T]()
	}
	return Some(r.Val)
}

// Then chains a fallible step; Go methods cannot add type params, so it is a function.
func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return Try(f(r.Val))
}

var ErrNegative = errors.New("negative value")

func checkPositive(n int) (int, error) {
	if n < 0 {
		return 0, fmt.Errorf("check %d: %w", n, ErrNegative)
	}
	return n, nil
}

func half(n int) (float64, error) { return float64(n) / 2, nil }

func find[T comparable](xs []T, want T) Optional[int] {
	for i, x := range xs {
		if x == want {
			return Some(i)
		}
	}
	return None[int]()
}

func main() {
	inputs := []string{"42", "-8", "abc", "7"}
	for _, in := range inputs {
		r := Then(Then(Try(strconv.Atoi(in)), checkPositive), half)
		fmt.Printf("%-5q -> %v | optional=%v | negative=%v\n",
			in, r, r.ToOptional(), errors.Is(r.Err, ErrNegative))
	}

	names := []string{"ann", "bob", "cyd"}
	fmt.Println(find(names, "bob"), find(names, "zed"))
	fmt.Println("default:", find(names, "zed").OrElse(-1))

	var o Optional[[]int]
	fmt.Printf("%v %T %v\n", o, o, o.IsSome())
	o = Some([]int{1, 2, 3})
	fmt.Printf("%v %v\n", o, o.OrElse(nil))

	r := Ok(struct{ A, B int }{1, 2})
	fmt.Printf("%v | %+v\n", r, r.Val)
	fmt.Printf("%T\n", r)
	e := Fail[map[string]int](errors.New("boom"))
	fmt.Println(e, e.ToOptional().IsSome())
}
