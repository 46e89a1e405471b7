package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

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

func Median[T Number](xs []T) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return float64(s[n/2])
	}
	return float64(s[n/2-1]+s[n/2]) / 2
}

func StdDev[T Number](xs []T) float64 {
	m := Mean(xs)
	var acc float64
	for _, x := range xs {
		d := float64(x) - m
		acc += d * d
	}
	return math.Sqrt(acc / float64(len(xs)))
}

func MaxBy[K comparable, V cmp.Ordered](m map[K]V) (K, V) {
	var bestK K
	var bestV V
	first := true
	for k, v := range m {
		if first || v > bestV {
			bestK, bestV, first = k, v, false
		}
	}
	return bestK, bestV
}

type Score int

func letter(avg float64) string {
	grades := []struct {
		min float64
		l   string
	}{{93, "A"}, {90, "A-"}, {87, "B+"}, {83, "B"}, {80, "B-"}, {70, "C"}, {60, "D"}}
	for _, g := range grades {
		if avg >= g.min {
			return g.l
		}
	}
	return "F"
}

func main() {
	book := map[string][]Score{
		"Alvarez": {88, 92, 79, 95},
		"Brooks":  {72, 65, 80, 70},
		"Chen":    {99, 97, 100, 94},
		"Dubois":  {55, 61, 58, 70},
		"Eze":     {85, 85, 90, 81},
	}

	averages := map[string]float64{}
	var all []Score
	fmt.Printf("%-8s %-18s %6s %6s %6s %s\n", "name", "scores", "mean", "median", "sd", "grade")
	for _, name := range slices.Sorted(maps.Keys(book)) {
		s := book[name]
		all = append(all, s...)
		avg := Mean(s)
		averages[name] = avg
		fmt.Printf("%-8s %-18s %6.2f %6.1f %6.2f %s\n", name, fmt.Sprint(s), avg, Median(s), StdDev(s), letter(avg))
	}

	fmt.Println(strings.Repeat("=", 52))
	fmt.Printf("class: n=%d sum=%d mean=%.2f median=%.1f sd=%.3f\n",
		len(all), Sum(all), Mean(all), Median(all), StdDev(all))
	fmt.Printf("range: %d..%d\n", slices.Min(all), slices.Max(all))
	best, avg := MaxBy(averages)
	fmt.Printf("top student: %s (%.2f)\n", best, avg)

	buckets := make(map[int]int)
	for _, s := range all {
		buckets[min(int(s)/10*10, 90)]++
	}
	for _, b := range slices.Backward(slices.Sorted(maps.Keys(buckets))) {
		fmt.Printf("%3d+ | %s\n", b, strings.Repeat("*", buckets[b]))
	}
}
