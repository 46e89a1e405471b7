package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Zero[T any]() T {
	var z T
	return z
}

func Convert[To, From ~int | ~float64](v From) To { return To(v) }

type Celsius float64

func Apply[T any](fs []func(T) T, v T) T {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func main() {
	toStr := Map[int, string]
	fmt.Println(toStr([]int{1, 2, 3}, strconv.Itoa))
	fmt.Printf("%T\n", toStr)
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]byte]() == nil)
	fmt.Println(Convert[int](3.99), Convert[Celsius](21))
	fmt.Printf("%T %T\n", Convert[int, float64](1), Convert[Celsius, int](1))
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(Apply([]func(int) int{double, inc, double}, 5))
	lens := Map([]string{"go", "rust", "c"}, func(s string) int { return len(s) })
	fmt.Println(lens)
	var f func([]float64, func(float64) bool) []bool = Map[float64, bool]
	fmt.Println(f([]float64{-1, 0, 2}, func(x float64) bool { return x > 0 }))
}
