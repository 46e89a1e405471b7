package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Number covers the numeric kinds used in this notebook, including named types.
type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	return float64(Sum(xs)) / float64(len(xs))
}

func Dot[T Number](a, b []T) T {
	var s T
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func MinMax[T cmp.Ordered](xs []T) (lo, hi T) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo, hi = min(lo, x), max(hi, x)
	}
	return
}

func ArgMax[T cmp.Ordered](xs []T) int {
	best := 0
	for i, x := range xs {
		if x > xs[best] {
			best = i
		}
	}
	return best
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Clamp[T cmp.Ordered](x, lo, hi T) T { return max(lo, min(x, hi)) }

// CumSum returns running totals.
func CumSum[S ~[]E, E Number](xs S) S {
	out := make(S, len(xs))
	var run E
	for i, x := range xs {
		run += x
		out[i] = run
	}
	return out
}

type Meters float64
type Counts []int

type Sample struct {
	Name  string
	Value float64
}

func main() {
	ints := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3}
	floats := []float64{2.5, -1.25, 3.75, 0.5}
	dists := []Meters{12.5, 7.25, 30, 0.75}

	fmt.Println("Sum ints:", Sum(ints), " mean:", Mean(ints))
	fmt.Println("Sum floats:", Sum(floats), " mean:", Mean(floats))
	fmt.Printf("Sum meters: %v (type %T)\n", Sum(dists), Sum(dists))
	fmt.Println("Dot:", Dot([]int{1, 2, 3}, []int{4, 5, 6}), Dot(floats, floats))
	fmt.Println("Dot int32:", Dot([]int32{1000, 2000}, []int32{3000, 4000}))

	lo, hi := MinMax(ints)
	fmt.Println("MinMax ints:", lo, hi)
	slo, shi := MinMax([]string{"kelvin", "ampere", "mole", "candela", "second"})
	fmt.Println("MinMax strings:", slo, shi)
	fmt.Println("ArgMax floats:", ArgMax(floats), " ArgMax meters:", ArgMax(dists))

	squares := Map(ints, func(x int) float64 { return math.Sqrt(float64(x)) })
	fmt.Printf("sqrt: %.3f\n", squares)
	labels := Map(dists, func(m Meters) string { return fmt.Sprintf("%.1fm", float64(m)) })
	fmt.Println("labels:", labels)
	prod := Reduce(ints, 1, func(a, x int) int { return a * x })
	fmt.Println("product:", prod)
	norm := math.Sqrt(Reduce(floats, 0.0, func(a, x float64) float64 { return a + x*x }))
	fmt.Printf("L2 norm: %.6f\n", norm)

	fmt.Println("clamp:", Clamp(15, 0, 10), Clamp(-2.5, -1.0, 1.0), Clamp("m", "a", "k"))

	c := CumSum(Counts{1, 2, 3, 4, 5})
	fmt.Printf("cumsum %v has type %T\n", c, c)
	fmt.Println("cumsum float32:", CumSum([]float32{0.1, 0.2, 0.3}))

	samples := []Sample{{"Cu", 8.96}, {"Al", 2.70}, {"Fe", 7.87}, {"Au", 19.32}, {"Pb", 11.34}, {"Ag", 10.49}}
	slices.SortFunc(samples, func(a, b Sample) int {
		return cmp.Compare(b.Value, a.Value) // descending density
	})
	fmt.Println("densities g/cm^3 (descending):")
	for _, s := range samples {
		fmt.Printf("  %-2s %6.2f\n", s.Name, s.Value)
	}
	dens := Map(samples, func(s Sample) float64 { return s.Value })
	fmt.Printf("mean density %.4f, median-ish %v\n", Mean(dens), dens[len(dens)/2])
	idx, found := slices.BinarySearchFunc(samples, 7.87, func(s Sample, v float64) int { return cmp.Compare(v, s.Value) })
	fmt.Println("binary search for 7.87:", idx, found, samples[idx].Name)
}
