package main

import (
	"cmp"
	"fmt"
	"math"
)

// Float covers our measurement types built on float64.
type Float interface {
	~float32 | ~float64
}

type Celsius float64
type MillimetersRain float64
type HectoPascal float32

// Summary holds descriptive statistics for one series.
type Summary[T Float] struct {
	Min, Max, Mean T
	StdDev         float64
	N              int
}

func (s Summary[T]) Range() T { return s.Max - s.Min }

func Summarize[T Float](xs []T) (Summary[T], bool) {
	if len(xs) == 0 {
		return Summary[T]{}, false
	}
	s := Summary[T]{Min: xs[0], Max: xs[0], N: len(xs)}
	var sum T
	for _, x := range xs {
		s.Min = min(s.Min, x)
		s.Max = max(s.Max, x)
		sum += x
	}
	s.Mean = sum / T(len(xs))
	var sq float64
	for _, x := range xs {
		d := float64(x - s.Mean)
		sq += d * d
	}
	s.StdDev = math.Sqrt(sq / float64(len(xs)))
	return s, true
}

// Clamp limits v to [lo, hi] for any ordered type.
func Clamp[T cmp.Ordered](v, lo, hi T) T {
	return min(max(v, lo), hi)
}

// CountAbove counts elements strictly greater than limit.
func CountAbove[S ~[]E, E cmp.Ordered](xs S, limit E) int {
	n := 0
	for _, x := range xs {
		if x > limit {
			n++
		}
	}
	return n
}

type TempSeries []Celsius

func main() {
	temps := TempSeries{14.2, 16.8, 19.5, 21.1, 18.4, 15.0, 12.7}
	rain := []MillimetersRain{0, 2.5, 11.0, 0.2, 0, 6.8}
	press := []HectoPascal{1012.5, 1009.0, 1004.25, 1001.0}

	ts, _ := Summarize(temps)
	rs, _ := Summarize(rain)
	ps, _ := Summarize(press)
	fmt.Printf("temp:  n=%d min=%v max=%v mean=%.3f sd=%.3f range=%.1f\n",
		ts.N, ts.Min, ts.Max, ts.Mean, ts.StdDev, ts.Range())
	fmt.Printf("rain:  min=%.1f max=%.1f mean=%.3f sd=%.3f\n", rs.Min, rs.Max, rs.Mean, rs.StdDev)
	fmt.Printf("press: min=%.2f max=%.2f mean=%.4f (%T)\n", ps.Min, ps.Max, ps.Mean, ps.Mean)

	if _, ok := Summarize([]Celsius{}); !ok {
		fmt.Println("empty series: no summary")
	}

	fmt.Println("warm hours (>18):", CountAbove(temps, 18))
	fmt.Println("wet hours (>1mm):", CountAbove(rain, 1))
	fmt.Println("stations named after K:", CountAbove([]string{"KSEA", "EGLL", "KBOS"}, "K"))

	for _, h := range []int{-5, 40, 101, 130} {
		fmt.Printf("humidity %4d clamped -> %3d\n", h, Clamp(h, 0, 100))
	}
	fmt.Println(Clamp(Celsius(-99.5), -89.2, 56.7), Clamp("zulu", "alpha", "mike"))
	fmt.Printf("%T %T\n", ts, Summary[HectoPascal]{})
}
