package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	Scores []float64
}

type GradeBook struct {
	Course   string
	Weights  []float64
	Students []Student
}

func (s Student) Weighted(weights []float64) float64 {
	var sum, wsum float64
	for i, sc := range s.Scores {
		if i >= len(weights) {
			break
		}
		sum += sc * weights[i]
		wsum += weights[i]
	}
	if wsum == 0 {
		return 0
	}
	return sum / wsum
}

func letter(score float64) string {
	cutoffs := []struct {
		min float64
		l   string
	}{{90, "A"}, {80, "B"}, {70, "C"}, {60, "D"}}
	for _, c := range cutoffs {
		if score >= c.min {
			return c.l
		}
	}
	return "F"
}

func stats(xs []float64) (mean, stddev, median float64) {
	n := float64(len(xs))
	for _, x := range xs {
		mean += x
	}
	mean /= n
	for _, x := range xs {
		stddev += (x - mean) * (x - mean)
	}
	stddev = math.Sqrt(stddev / n)
	sorted := append([]float64(nil), xs...)
	sort.Float64s(sorted)
	if len(sorted)%2 == 1 {
		median = sorted[len(sorted)/2]
	} else {
		median = (sorted[len(sorted)/2-1] + sorted[len(sorted)/2]) / 2
	}
	return
}

func main() {
	gb := GradeBook{
		Course:  "CS 101",
		Weights: []float64{0.2, 0.2, 0.25, 0.35},
		Students: []Student{
			{"Ada", []float64{95, 88, 92, 97}},
			{"Brendan", []float64{72, 65, 80, 70}},
			{"Chen", []float64{88, 91, 79, 85}},
			{"Dolores", []float64{55, 62, 58, 61}},
			{"Emeka", []float64{100, 94, 89, 91}},
			{"Farah", []float64{81, 77, 85, 90}},
		},
	}

	finals := make([]float64, len(gb.Students))
	for i, s := range gb.Students {
		finals[i] = s.Weighted(gb.Weights)
	}

	idx := make([]int, len(finals))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return finals[idx[a]] > finals[idx[b]] })

	fmt.Printf("%s — weights %v\n", gb.Course, gb.Weights)
	fmt.Println(strings.Repeat("-", 44))
	dist := map[string]int{}
	for rank, i := range idx {
		s := gb.Students[i]
		g := letter(finals[i])
		dist[g]++
		fmt.Printf("%d %-8s %8.3f  %-2s %v\n", rank+1, s.Name, finals[i], g, s.Scores)
	}
	fmt.Println(strings.Repeat("-", 44))

	mean, sd, med := stats(finals)
	fmt.Printf("mean=%8.3f sd=%8.3f median=%8.3f\n", mean, sd, med)
	for _, g := range []string{"A", "B", "C", "D", "F"} {
		fmt.Printf("%s: %d\n", g, dist[g])
	}

	for a := range gb.Weights {
		col := make([]float64, len(gb.Students))
		for i, s := range gb.Students {
			col[i] = s.Scores[a]
		}
		m, _, _ := stats(col)
		fmt.Printf("assessment %d average: %6.2f\n", a+1, m)
	}
}
