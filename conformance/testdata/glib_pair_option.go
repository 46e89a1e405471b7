package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func (p Pair[K, V]) Swap() Pair[string, K] {
	return Pair[string, K]{fmt.Sprint(p.Val), p.Key}
}

func (p Pair[K, V]) WithVal(v V) Pair[K, V] {
	p.Val = v
	return p
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

// Option holds a value or nothing.
type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }

func (o Option[T]) IsSome() bool { return o.ok }

func (o Option[T]) OrElse(def T) T {
	if o.ok {
		return o.val
	}
	return def
}

func (o Option[T]) Filter(pred func(T) bool) Option[T] {
	if o.ok && pred(o.val) {
		return o
	}
	return None[T]()
}

func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

// MapOpt must be a function: methods cannot introduce new type parameters.
func MapOpt[T, U any](o Option[T], f func(T) U) Option[U] {
	if !o.ok {
		return None[U]()
	}
	return Some(f(o.val))
}

func FlatMap[T, U any](o Option[T], f func(T) Option[U]) Option[U] {
	if !o.ok {
		return None[U]()
	}
	return f(o.val)
}

func parseInt(s string) Option[int] {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return None[int]()
	}
	return Some(n)
}

func lookup[K comparable, V any](m map[K]V, k K) Option[V] {
	v, ok := m[k]
	return Option[V]{v, ok}
}

func main() {
	p := MakePair("port", 8080)
	fmt.Println(p, p.Swap(), p.WithVal(9090))
	fmt.Printf("%T | %T\n", p, p.Swap())
	fmt.Printf("%+v\n", p)

	for _, in := range []string{"42", " 7 ", "abc", "-3"} {
		o := parseInt(in)
		doubled := MapOpt(o, func(n int) int { return n * 2 })
		positive := o.Filter(func(n int) bool { return n > 0 })
		fmt.Printf("%-6q -> %v doubled=%v positive=%v default=%d\n", in, o, doubled, positive, positive.OrElse(-1))
	}

	env := map[string]string{"WORKERS": "4", "NAME": "svc"}
	workers := FlatMap(lookup(env, "WORKERS"), parseInt)
	retries := FlatMap(lookup(env, "RETRIES"), parseInt)
	name := FlatMap(lookup(env, "NAME"), parseInt)
	fmt.Println("workers:", workers, "retries:", retries.OrElse(3), "name as int:", name)

	label := MapOpt(workers, func(n int) string { return strings.Repeat("#", n) })
	fmt.Printf("%v %T %t\n", label, label, label.IsSome())

	pairs := []Pair[string, Option[float64]]{
		MakePair("a", Some(1.5)),
		MakePair("b", None[float64]()),
	}
	for _, pr := range pairs {
		fmt.Println(pr)
	}
}
