package main

import (
	"fmt"
	"math"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
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

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Clamp[T Number](v, lo, hi T) T { return max(lo, min(v, hi)) }

func Abs[T Integer | Float](v T) T {
	if v < 0 {
		return -v
	}
	return v
}

func GCD[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// Scale multiplies every element, keeping the named slice type.
func Scale[S ~[]E, E Number](s S, factor E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * factor
	}
	return out
}

type Cents int64
type Meters float64
type Path []Meters

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func (p Path) Length() Meters { return Sum(p...) }

func main() {
	fmt.Println(Sum(1, 2, 3, 4))
	fmt.Println(Sum(0.5, 0.25, 0.125))
	fmt.Println(Sum[uint8](200, 50, 10))

	prices := []Cents{1999, 250, 5}
	total := Sum(prices...)
	fmt.Printf("total=%v (%T) raw=%d\n", total, total, int64(total))
	fmt.Printf("mean price=%.2f cents\n", Mean(prices))
	fmt.Println("mean of empty is NaN:", math.IsNaN(Mean([]int{})))

	p := Path{1.5, 2.25, 3}
	doubled := Scale(p, 2)
	fmt.Printf("%v length %.2f -> %v %T length %.2f\n", p, float64(p.Length()), doubled, doubled, float64(doubled.Length()))

	for _, v := range []int{-5, 3, 12} {
		fmt.Printf("clamp(%d,0,10)=%d\n", v, Clamp(v, 0, 10))
	}
	fmt.Println("clamp float:", Clamp(3.7, 1.0, 2.5), "abs:", Abs(-4.5), Abs(int8(-7)))
	fmt.Println("gcd:", GCD(84, 36), GCD[uint](17, 5), GCD(Cents(1000), Cents(250)))

	var i16 int16 = math.MaxInt16
	fmt.Printf("wrap int16: %d\n", Sum(i16, 1))
	fmt.Printf("%v %v %v\n", Scale([]float32{1, 2}, 0.5), Scale([]int{1, 2, 3}, -1), Scale([]Cents{100, 5}, 3))
}
