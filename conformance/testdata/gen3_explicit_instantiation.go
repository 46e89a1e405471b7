package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint8 | ~float32 | ~float64
}

func Convert[To, From Number](x From) To { return To(x) }

func Zero[T any]() T {
	var z T
	return z
}

func New[T any]() *T { return new(T) }

func Parse[T int | float64 | bool | string](s string) (T, error) {
	var out T
	var err error
	switch p := any(&out).(type) {
	case *int:
		*p, err = strconv.Atoi(s)
	case *float64:
		*p, err = strconv.ParseFloat(s, 64)
	case *bool:
		*p, err = strconv.ParseBool(s)
	case *string:
		*p = s
	}
	if err != nil {
		return Zero[T](), fmt.Errorf("parse %q as %T: %w", s, out, errors.Unwrap(err))
	}
	return out, nil
}

type Decoder[T any] func(string) (T, error)

type Setting[T any] struct {
	Key     string
	Default T
	decode  Decoder[T]
}

func (s Setting[T]) Resolve(raw map[string]string) (T, string) {
	v, ok := raw[s.Key]
	if !ok {
		return s.Default, "default"
	}
	out, err := s.decode(v)
	if err != nil {
		return s.Default, "fallback: " + err.Error()
	}
	return out, "parsed"
}

func Make[T int | float64 | bool | string](key string, def T) Setting[T] {
	return Setting[T]{Key: key, Default: def, decode: Parse[T]}
}

func Collect[T any](n int, gen func(int) T) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = gen(i)
	}
	return out
}

type Level uint8

func main() {
	fmt.Println(Convert[int](3.99), Convert[float64](int8(-7)), Convert[Level](260), Convert[int8](200))
	toF := Convert[float32, int]
	fmt.Printf("%T %v\n", toF, toF(12))

	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[[]int]() == nil, Zero[struct{ A, B int }](), Zero[*int]() == nil)
	p := New[map[string]int]()
	*p = map[string]int{"x": 1}
	fmt.Printf("%T %v\n", p, (*p)["x"])

	n, err := Parse[int]("42")
	fmt.Println(n, err)
	_, err = Parse[int]("4x2")
	fmt.Println("error:", err)
	f, _ := Parse[float64]("2.5e3")
	b, _ := Parse[bool]("true")
	fmt.Println(f, b)

	raw := map[string]string{"port": "8080", "ratio": "abc", "debug": "1"}
	port, how := Make("port", 80).Resolve(raw)
	fmt.Printf("port=%d (%s)\n", port, how)
	ratio, how := Make("ratio", 0.5).Resolve(raw)
	fmt.Printf("ratio=%v (%s)\n", ratio, how)
	debug, how := Make("debug", false).Resolve(raw)
	fmt.Printf("debug=%t (%s)\n", debug, how)
	name, how := Make("name", "svc").Resolve(raw)
	fmt.Printf("name=%s (%s)\n", name, how)

	parsers := []func(string) (float64, error){Parse[float64], func(s string) (float64, error) {
		i, err := Parse[int](s)
		return Convert[float64](i), err
	}}
	for i, parse := range parsers {
		v, err := parse("17")
		fmt.Printf("parser %d: %v %v\n", i, v, err)
	}
	squares := Collect[Level](5, func(i int) Level { return Level(i * i) })
	labels := Collect(3, strconv.Itoa)
	fmt.Printf("%T %v %T %q\n", squares, squares, labels, labels)
}
