package main

import (
	"fmt"
	"strconv"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface {
	~float32 | ~float64
}

type Number interface {
	Integer | Float
}

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

// A constraint with both a type set and a method.
type StringableInt interface {
	~int
	String() string
}

type StatusCode int

func (s StatusCode) String() string { return "HTTP " + strconv.Itoa(int(s)) }

func Describe[T StringableInt](xs []T) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, fmt.Sprintf("%s (raw %d, doubled %d)", x.String(), int(x), x*2))
	}
	return out
}

type Meters float64
type Score int8

// Without ~, only exactly int or string would be allowed.
type Exact interface{ int | string }

func Twice[T Exact](v T) T { return v + v }

func Abs[T Integer | Float](v T) T {
	if v < 0 {
		return -v
	}
	return v
}

func main() {
	fmt.Println(Sum(1, 2, 3, 4))
	fmt.Println(Sum(1.5, 2.25))
	fmt.Println(Sum(Meters(1.2), Meters(3.4)))
	fmt.Printf("%T\n", Sum(Meters(1)))

	// Overflow wraps for the named int8 type.
	fmt.Println(Sum(Score(100), Score(27)), Sum(Score(100), Score(28)))

	fmt.Printf("%.3f %.3f\n", Average([]int{1, 2, 4}), Average([]Meters{}))

	codes := []StatusCode{200, 404}
	for _, line := range Describe(codes) {
		fmt.Println(line)
	}

	fmt.Println(Twice(21), Twice("ab"))
	fmt.Println(Abs(-7), Abs(Meters(-2.5)), Abs(int64(5)))
}
