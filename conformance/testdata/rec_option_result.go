package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

func (o Option[T]) OrElse(def T) T {
	if o.ok {
		return o.val
	}
	return def
}

type Result[T any] struct {
	Val T
	Err error
}

func Ok[T any](v T) Result[T]         { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("<%v, %v>", p.First, p.Second) }

// Then chains a computation that can fail; methods cannot add type
// parameters, so this is a plain generic function.
func Then[T, U any](r Result[T], f func(T) Result[U]) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	return f(r.Val)
}

func Zip[A, B any](a Option[A], b Option[B]) Option[Pair[A, B]] {
	if a.ok && b.ok {
		return Some(Pair[A, B]{a.val, b.val})
	}
	return None[Pair[A, B]]()
}

// Collect turns a slice of results into a result of a slice, recursively,
// stopping at the first failure.
func Collect[T any](rs []Result[T]) Result[[]T] {
	if len(rs) == 0 {
		return Ok([]T{})
	}
	return Then(rs[0], func(head T) Result[[]T] {
		return Then(Collect(rs[1:]), func(tail []T) Result[[]T] {
			return Ok(append([]T{head}, tail...))
		})
	})
}

var errNegative = errors.New("negative")

func parse(s string) Result[int] {
	n, err := strconv.Atoi(s)
	if err != nil {
		return Fail[int](fmt.Errorf("parse %q: %w", s, errors.Unwrap(err)))
	}
	return Ok(n)
}

func sqrtInt(n int) Result[int] {
	if n < 0 {
		return Fail[int](errNegative)
	}
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return Ok(r)
}

func lookup(m map[string]int, k string) Option[int] {
	if v, ok := m[k]; ok {
		return Some(v)
	}
	return None[int]()
}

func main() {
	for _, s := range []string{"49", "50", "-4", "x9"} {
		r := Then(parse(s), sqrtInt)
		fmt.Printf("isqrt(%q) = %v  negative? %t\n", s, r, errors.Is(r.Err, errNegative))
	}

	stock := map[string]int{"apple": 5, "pear": 0, "plum": 12}
	for _, k := range []string{"apple", "kiwi", "pear"} {
		o := lookup(stock, k)
		fmt.Printf("%-5s -> %v, or default %d\n", k, o, o.OrElse(-1))
	}
	fmt.Println(Zip(lookup(stock, "plum"), Some("ripe")))
	fmt.Println(Zip(lookup(stock, "fig"), Some(3.5)))

	for _, line := range []string{"1 2 3 4", "5 six 7", ""} {
		parts := strings.Fields(line)
		rs := make([]Result[int], len(parts))
		for i, p := range parts {
			rs[i] = parse(p)
		}
		fmt.Printf("Collect(%q) = %v\n", line, Collect(rs))
	}
	p := Pair[string, Result[int]]{"answer", Ok(42)}
	fmt.Printf("%v | %+v | %T\n", p, p.Second, p)
}
