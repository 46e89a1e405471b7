package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Number interface {
	~int | ~float64
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

type Weights map[string]float64

var weights = Weights{"homework": 0.3, "midterm": 0.3, "final": 0.4}

var categories = func() []string {
	keys := make([]string, 0, len(weights))
	for k := range weights {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}()

type Student struct {
	Name   string
	Scores map[string][]int
}

func (s Student) Weighted() float64 {
	total := 0.0
	for _, cat := range categories { // fixed order keeps float sums reproducible
		total += Mean(s.Scores[cat]) * weights[cat]
	}
	return math.Round(total*100) / 100
}

func Letter(score float64) string {
	cutoffs := []struct {
		min   float64
		grade string
	}{{90, "A"}, {80, "B"}, {70, "C"}, {60, "D"}}
	for _, c := range cutoffs {
		if score >= c.min {
			return c.grade
		}
	}
	return "F"
}

func main() {
	roster := []Student{
		{"Ada", map[string][]int{"homework": {95, 88, 92, 100}, "midterm": {91}, "final": {94}}},
		{"Brook", map[string][]int{"homework": {70, 65, 80, 75}, "midterm": {68}, "final": {74}}},
		{"Chen", map[string][]int{"homework": {85, 90, 0, 88}, "midterm": {79}, "final": {83}}},
		{"Dara", map[string][]int{"homework": {100, 100, 95, 98}, "midterm": {85}, "final": {89}}},
		{"Eli", map[string][]int{"homework": {55, 60, 40, 70}, "midterm": {62}, "final": {51}}},
	}

	fmt.Printf("%-6s", "name")
	for _, c := range categories {
		fmt.Printf(" %9s", c)
	}
	fmt.Printf(" %8s %s\n", "weighted", "grade")
	fmt.Println(strings.Repeat("-", 46))
	var finals []float64
	for _, s := range roster {
		fmt.Printf("%-6s", s.Name)
		for _, c := range categories {
			fmt.Printf(" %9.2f", Mean(s.Scores[c]))
		}
		w := s.Weighted()
		finals = append(finals, w)
		fmt.Printf(" %8.2f %s\n", w, Letter(w))
	}
	fmt.Println(strings.Repeat("-", 46))
	fmt.Printf("class mean %6.2f  median %6.2f  stddev %6.2f\n", Mean(finals), Median(finals), StdDev(finals))

	ranked := slices.Clone(roster)
	slices.SortFunc(ranked, func(a, b Student) int {
		return cmp.Compare(b.Weighted(), a.Weighted())
	})
	for i, s := range ranked {
		fmt.Printf("#%d %s\n", i+1, s.Name)
	}

	dist := map[string][]string{}
	for _, s := range roster {
		g := Letter(s.Weighted())
		dist[g] = append(dist[g], s.Name)
	}
	for _, g := range []string{"A", "B", "C", "D", "F"} {
		fmt.Printf("%s: %-3s %v\n", g, strings.Repeat("*", len(dist[g])), dist[g])
	}
	hw := roster[2].Scores["homework"]
	fmt.Printf("Chen homework %v: sum=%d mean=%.2f median=%.1f\n", hw, Sum(hw), Mean(hw), Median(hw))
	dropped := slices.DeleteFunc(slices.Clone(hw), func(x int) bool { return x == slices.Min(hw) })
	fmt.Printf("with lowest dropped %v: mean=%.2f\n", dropped, Mean(dropped))
}
