package main

import "fmt"

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func MaxOf[T Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		m = Max(m, v)
	}
	return m
}

type Grade string

func main() {
	fmt.Println(Max(3, 7), Max("apple", "banana"), Max(2.5, -1.0))
	fmt.Println(MaxOf[Grade]("B", "A", "C"))
	fmt.Println(MaxOf(int8(-3), 4, 2))
}
