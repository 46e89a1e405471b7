package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~float32 | ~float64
}

type Celsius float64
type Cents int64
type Score int

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
func (c Cents) String() string   { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Clamp[T Number](v, lo, hi T) T {
	return max(lo, min(v, hi))
}

func Scale[S ~[]E, E Number](s S, factor E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * factor
	}
	return out
}

type Vec[T Number] struct{ X, Y T }

func (v Vec[T]) Add(o Vec[T]) Vec[T] { return Vec[T]{v.X + o.X, v.Y + o.Y} }
func (v Vec[T]) Dot(o Vec[T]) T      { return v.X*o.X + v.Y*o.Y }

type Readings []Celsius

func (r Readings) Summary() string {
	return fmt.Sprintf("n=%d min=%v max=%v mean=%.2f", len(r), minOf(r), maxOf(r), Mean(r))
}

func minOf[T Number](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = min(m, x)
	}
	return m
}

func maxOf[T Number](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m
}

func main() {
	fmt.Println(Sum(1, 2, 3, 4), Sum(1.5, 2.25), Sum[uint8](200, 100))
	prices := []Cents{199, 250, 1005}
	fmt.Printf("total %v (%T)\n", Sum(prices...), Sum(prices...))

	temps := Readings{21.5, 19, 23.25, 18.75, 22}
	fmt.Println(temps.Summary())
	scaled := Scale(temps, 2)
	fmt.Printf("%T %v\n", scaled, scaled)

	scores := []Score{88, 92, 79, 100, 65}
	fmt.Printf("mean score %.1f, clamped: ", Mean(scores))
	var parts []string
	for _, s := range scores {
		parts = append(parts, fmt.Sprint(Clamp(s, 70, 95)))
	}
	fmt.Println(strings.Join(parts, " "))

	a := Vec[int]{1, 2}
	b := Vec[int]{3, -4}
	fmt.Printf("%v + %v = %+v, dot=%d\n", a, b, a.Add(b), a.Dot(b))
	fv := Vec[float32]{0.5, 1.5}.Add(Vec[float32]{1, 1})
	fmt.Printf("%+v %T\n", fv, fv)
	cv := Vec[Celsius]{10, 20}
	fmt.Printf("%v %T\n", cv.Add(cv), cv)

	fmt.Println(Clamp(-3.5, -1, 1), Clamp[int8](127, -10, 10), Mean([]int{}))
	fmt.Println(min(3, 1, 2), max("pear", "apple", "zoo"), min(2.5, 1))
}
