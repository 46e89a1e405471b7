package main

import (
	"fmt"
	"slices"
)

// Number is a type-set constraint including user-defined numeric types.
type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Celsius float64
type Meters int
type Cents int64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
func (c Cents) String() string   { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Clamp[T Number](x, lo, hi T) T { return min(max(x, lo), hi) }

func Scale[S ~[]E, E Number](s S, factor E) S {
	out := slices.Clone(s)
	for i := range out {
		out[i] *= factor
	}
	return out
}

// Abs works for any signed numeric type.
func Abs[T Number](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

type Readings []Celsius

func (r Readings) Range() (lo, hi Celsius) {
	return slices.Min(r), slices.Max(r)
}

func main() {
	fmt.Println("ints:", Sum(1, 2, 3, 4))
	fmt.Println("floats:", Sum(1.5, 2.25))
	fmt.Printf("int32: %v (%T)\n", Sum[int32](7, 8), Sum[int32](7, 8))

	temps := Readings{21.5, 19.0, 23.25, -4.5, 30}
	fmt.Println("temps:", temps)
	lo, hi := temps.Range()
	fmt.Println("range:", lo, "to", hi)
	fmt.Printf("mean: %.3f total: %v\n", Mean(temps), Sum(temps...))
	fmt.Println("clamped:", Clamp(Celsius(42), 0, 35), Clamp(Celsius(-10), 0, 35))
	doubled := Scale(temps, 2)
	fmt.Printf("doubled %T: %v\n", doubled, doubled)

	dist := []Meters{120, 340, 75}
	fmt.Printf("distance: %d m (%T), mean %.2f\n", Sum(dist...), Sum(dist...), Mean(dist))

	prices := map[string]Cents{"coffee": 350, "bagel": 275, "juice": 499}
	fmt.Println("prices:", prices)
	total := Sum(prices["coffee"], prices["bagel"], prices["juice"])
	fmt.Println("total:", total, "with tax:", total*108/100)
	fmt.Println("abs:", Abs(-3), Abs(Celsius(-4.5)), Abs(Cents(-1999)), Abs(2.5))
	fmt.Println("min/max builtins:", min(Meters(3), 9, 1), max(Celsius(1), 2.5))
	fmt.Println("empty mean:", Mean([]Cents{}))
	fmt.Println([]fmt.Stringer{Celsius(0), Cents(5)})
}
