package main

import (
	"fmt"
	"strings"
)

// Stack is a generic type with methods
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v ...T) { s.items = append(s.items, v...) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

// Optional holds a value or nothing; its zero value is "none"
type Optional[T any] struct {
	value T
	ok    bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{value: v, ok: true} }

func (o Optional[T]) OrZero() T { return o.value }

func (o Optional[T]) OrElse(def T) T {
	if o.ok {
		return o.value
	}
	return def
}

func (o Optional[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.value)
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[string, K] {
	return Pair[string, K]{Key: fmt.Sprint(p.Val), Val: p.Key}
}

type point struct{ X, Y int }

func main() {
	var s Stack[string]
	s.Push("a", "b")
	s.Push("c")
	fmt.Println("len:", s.Len())
	for v, ok := s.Pop(); ok; v, ok = s.Pop() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := s.Pop()
	fmt.Printf("empty pop: %q %v\n", v, ok)

	ints := &Stack[int]{}
	ints.Push(0, 1, 4, 9, 16)
	fmt.Println(ints.Pop())
	fmt.Println("remaining:", ints.Len())

	// zero values via generic struct
	var none Optional[int]
	var noneS Optional[string]
	var noneP Optional[point]
	var noneSl Optional[[]int]
	fmt.Println(none, noneS, noneP, noneSl)
	fmt.Printf("%d %q %+v %v\n", none.OrZero(), noneS.OrZero(), noneP.OrZero(), noneSl.OrZero() == nil)
	fmt.Println(none.OrElse(-1), noneS.OrElse("default"), Some(0).OrElse(-1))

	some := Some(point{1, 2})
	fmt.Println(some, some.OrElse(point{}))
	fmt.Println(Some("hi"), Some(3.5), Some([]string{"x"}))

	p := Pair[string, int]{"age", 42}
	fmt.Printf("%+v -> %+v %T\n", p, p.Swap(), p.Swap())

	// generic type instantiated with a generic type
	var so Stack[Optional[string]]
	so.Push(Some("x"), Optional[string]{}, Some(strings.ToUpper("y")))
	fmt.Println(so.items)
}
