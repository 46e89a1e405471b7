package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

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

// Variance returns the sample variance (n-1 in the denominator).
func Variance[T Number](xs []T) float64 {
	m := Mean(xs)
	ss := 0.0
	for _, x := range xs {
		d := float64(x) - m
		ss += d * d
	}
	return ss / float64(len(xs)-1)
}

func Median[T Number](xs []T) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return float64(s[n/2])
	}
	return float64(s[n/2-1]+s[n/2]) / 2
}

func Mode[T cmp.Ordered](xs []T) (T, int) {
	counts := map[T]int{}
	for _, x := range xs {
		counts[x]++
	}
	var best T
	bestN := 0
	for k, c := range counts {
		if c > bestN || (c == bestN && k < best) {
			best, bestN = k, c
		}
	}
	return best, bestN
}

type Celsius float64

type Summary struct {
	N                 int
	Mean, Median, Std float64
	Min, Max          float64
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

func Summarize[T Number](xs []T) Summary {
	return Summary{
		N:      len(xs),
		Mean:   round3(Mean(xs)),
		Median: round3(Median(xs)),
		Std:    round3(math.Sqrt(Variance(xs))),
		Min:    round3(float64(slices.Min(xs))),
		Max:    round3(float64(slices.Max(xs))),
	}
}

func main() {
	scores := []int{72, 85, 90, 66, 85, 78, 92, 85, 70, 88, 95, 61, 78}
	temps := []Celsius{12.5, 14.1, 13.8, 15.0, 11.9, 16.2, 14.7}
	masses := []float32{2.31, 2.28, 2.35, 2.30, 2.29}

	fmt.Printf("scores: %+v\n", Summarize(scores))
	fmt.Printf("temps:  %+v\n", Summarize(temps))
	fmt.Printf("masses: %+v\n", Summarize(masses))

	m, c := Mode(scores)
	fmt.Printf("most common score: %d (%d times)\n", m, c)
	fmt.Printf("sum of scores %d has type %T\n", Sum(scores), Sum(scores))
	fmt.Printf("sum of temps %.1f has type %T\n", Sum(temps), Sum(temps))

	// z-scores for the exam
	mean, sd := Mean(scores), math.Sqrt(Variance(scores))
	fmt.Println("z-scores:")
	for i, s := range scores {
		z := (float64(s) - mean) / sd
		flag := ""
		if math.Abs(z) > 1.5 {
			flag = " <- unusual"
		}
		fmt.Printf("  student %2d: %3d  z=%+.2f%s\n", i+1, s, z, flag)
	}
}
