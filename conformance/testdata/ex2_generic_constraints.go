package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64
type Score int

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Average[T ~int | ~float64](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	var total T
	for _, x := range xs {
		total += x
	}
	return float64(total) / float64(len(xs))
}

func Max[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		if x > m {
			m = x
		}
	}
	return m
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Temps []Celsius

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2.25))
	fmt.Println(Sum[Celsius](20.5, 21, -3))
	fmt.Printf("%T %v\n", Sum(Score(7), Score(8)), Sum(Score(7), Score(8)))
	fmt.Println(Sum[int64]())

	fmt.Printf("%.3f\n", Average([]int{1, 2, 4}))
	fmt.Printf("%.3f\n", Average([]Celsius{10, 15}))
	fmt.Println(Average([]float64(nil)))

	fmt.Println(Max(3, 9, 2), Max("pear", "apple", "zoo"), Max(2.5))

	strs := Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("*", i) })
	fmt.Printf("%q\n", strs)
	lens := Map(strs, func(s string) int { return len(s) })
	fmt.Println(lens)

	t := Temps{1.5, 2, -4}
	scaled := Scale(t, 2)
	fmt.Printf("%T %v\n", scaled, scaled)
	fmt.Println(Scale([]int{1, 2, 3}, 10))
}
