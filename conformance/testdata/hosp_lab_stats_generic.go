package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type MgPerDL float64
type CellsPerUL int

func Sum[T Number](xs []T) T {
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
	return float64(Sum(xs)) / float64(len(xs))
}

func Median[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	mid := len(s) / 2
	if len(s)%2 == 1 {
		return float64(s[mid])
	}
	return float64(s[mid-1]+s[mid]) / 2
}

func OutOfRange[T cmp.Ordered](xs []T, lo, hi T) []T {
	var out []T
	for _, x := range xs {
		if x < lo || x > hi {
			out = append(out, x)
		}
	}
	return out
}

type Range[T cmp.Ordered] struct {
	Lo, Hi T
}

func (r Range[T]) Contains(v T) bool { return v >= r.Lo && v <= r.Hi }

func main() {
	glucose := []MgPerDL{92.5, 101.0, 148.2, 88.0, 76.4, 210.9, 99.9}
	wbc := []CellsPerUL{6500, 11200, 4300, 9800, 3100, 7200}

	fmt.Printf("glucose: n=%d sum=%.1f mean=%.2f median=%.2f\n",
		len(glucose), Sum(glucose), Mean(glucose), Median(glucose))
	fmt.Printf("wbc:     n=%d sum=%d mean=%.2f median=%.2f\n",
		len(wbc), Sum(wbc), Mean(wbc), Median(wbc))

	fmt.Printf("glucose flagged: %v\n", OutOfRange(glucose, 70, 140))
	fmt.Printf("wbc flagged:     %v\n", OutOfRange(wbc, 4500, 11000))

	codes := []string{"K", "NA", "CL", "HGB", "PLT"}
	fmt.Printf("codes outside [CL,NA]: %q\n", OutOfRange(codes, "CL", "NA"))

	normal := Range[MgPerDL]{Lo: 70, Hi: 140}
	for _, g := range glucose {
		status := "ok"
		if !normal.Contains(g) {
			status = "FLAG"
		}
		fmt.Printf("  %7.1f %-4s %T\n", g, status, g)
	}
	fmt.Printf("%+v\n", Range[CellsPerUL]{4500, 11000})
}
