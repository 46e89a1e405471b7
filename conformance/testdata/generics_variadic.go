package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func Concat[T any](parts ...[]T) []T {
	var r []T
	for _, p := range parts {
		r = append(r, p...)
	}
	return r
}

type Meters float64

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2.25))
	fmt.Println(Sum[Meters](1, 2.5))
	fmt.Println(Sum[int]())
	fmt.Println(Concat([]string{"a"}, []string{"b", "c"}))
	xs := []int{4, 5}
	fmt.Println(Sum(xs...))
}
