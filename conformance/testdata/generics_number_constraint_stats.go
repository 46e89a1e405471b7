package main

import "fmt"

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Meters float64

func Sum[T Number](xs []T) T {
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
	return float64(Sum(xs)) / float64(len(xs))
}

func MinMax[T Number](xs ...T) (lo, hi T) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

func main() {
	ints := []int{4, 8, 15, 16, 23, 42}
	fmt.Println(Sum(ints), Mean(ints))
	fl := []float64{1.5, 2.25, 3}
	fmt.Printf("%.2f %.3f\n", Sum(fl), Mean(fl))
	d := []Meters{1.5, 2.5}
	fmt.Printf("%v %T\n", Sum(d), Sum(d))
	lo, hi := MinMax[int32](5, -2, 9, 0)
	fmt.Println(lo, hi)
	fmt.Println(Scale(ints, 2), Scale(d, 10))
	fmt.Println(Mean([]int64{}), Sum[float32](nil))
}
