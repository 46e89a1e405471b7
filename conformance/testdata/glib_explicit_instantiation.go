package main

import (
	"fmt"
	"strconv"
)

func Zero[T any]() T {
	var z T
	return z
}

func Convert[To, From ~int | ~int64 | ~float64](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func Repeat[T any](v T, n int) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = v
	}
	return out
}

func Parse[T int | float64 | bool](s string) (T, error) {
	var out T
	var err error
	switch p := any(&out).(type) {
	case *int:
		*p, err = strconv.Atoi(s)
	case *float64:
		*p, err = strconv.ParseFloat(s, 64)
	case *bool:
		*p, err = strconv.ParseBool(s)
	}
	return out, err
}

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func NewBox[T any](v T) *Box[T] { return &Box[T]{V: v} }

type Score int

var (
	intRepeater  = Repeat[int]
	parseFloat   = Parse[float64]
	boxedStrings []Box[string]
)

func main() {
	fmt.Printf("%#v %#v %#v %#v\n", Zero[int](), Zero[string](), Zero[[]byte](), Zero[*Box[int]]())
	fmt.Printf("%#v\n", Zero[Box[Score]]())

	floats := []float64{1.9, -2.7, 3.5}
	ints := Convert[int](floats)
	scores := Convert[Score, int](ints)
	back := Convert[float64](scores)
	fmt.Printf("%v %T\n%v %T\n%v %T\n", ints, ints, scores, scores, back, back)

	fmt.Println(intRepeater(7, 3), Repeat[string]("ab", 2), len(Repeat[struct{}](struct{}{}, 5)))
	fmt.Printf("%T\n", intRepeater)

	n, err := Parse[int]("123")
	fmt.Println(n, err)
	f, err := parseFloat("2.5e3")
	fmt.Println(f, err)
	b, err := Parse[bool]("maybe")
	fmt.Printf("%v %q\n", b, err)

	box := NewBox[Score](42)
	get := box.Get
	fmt.Printf("%v %T %T\n", get(), box, get)
	methodExpr := Box[string].Get
	boxedStrings = append(boxedStrings, Box[string]{"x"}, *NewBox("y"))
	for _, bs := range boxedStrings {
		fmt.Print(methodExpr(bs), ";")
	}
	fmt.Println()

	var conv func([]int) []float64 = Convert[float64, int]
	fmt.Println(conv([]int{1, 2}), fmt.Sprintf("%T", conv))

	type local = Box[[]int]
	l := local{V: []int{1, 2, 3}}
	fmt.Printf("%+v %T\n", l, l)
}
