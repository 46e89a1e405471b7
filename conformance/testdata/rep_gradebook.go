package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Letter int

const (
	F Letter = iota
	D
	C
	B
	A
)

func (l Letter) String() string { return "FDCBA"[l : l+1] }

func letterFor(score float64) Letter {
	switch {
	case score >= 90:
		return A
	case score >= 80:
		return B
	case score >= 70:
		return C
	case score >= 60:
		return D
	}
	return F
}

type Weights struct{ Homework, Midterm, Final float64 }

type Student struct {
	Name     string
	Homework []int
	Midterm  int
	Final    int
}

func mean(xs []int) float64 {
	if len(xs) == 0 {
		return 0
	}
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return float64(sum) / float64(len(xs))
}

// dropLowest removes the single lowest homework score when there are at least 4.
func dropLowest(xs []int) []int {
	if len(xs) < 4 {
		return xs
	}
	c := slices.Clone(xs)
	slices.Sort(c)
	return c[1:]
}

func (s Student) Weighted(w Weights) float64 {
	return mean(dropLowest(s.Homework))*w.Homework + float64(s.Midterm)*w.Midterm + float64(s.Final)*w.Final
}

type result struct {
	name  string
	score float64
	grade Letter
}

func main() {
	w := Weights{Homework: 0.3, Midterm: 0.3, Final: 0.4}
	class := []Student{
		{"Okafor, Chidi", []int{88, 92, 79, 95, 60}, 84, 90},
		{"Shellstrop, E.", []int{70, 65, 0, 80, 72}, 68, 74},
		{"Al-Jamil, Tahani", []int{99, 97, 100, 98}, 93, 96},
		{"Mendoza, Jason", []int{40, 55, 0, 0}, 51, 58},
		{"Janet", []int{100, 100, 100}, 100, 99},
		{"Michael", []int{85, 83, 90, 86}, 79, 82},
	}

	results := make([]result, 0, len(class))
	for _, s := range class {
		sc := s.Weighted(w)
		results = append(results, result{s.Name, sc, letterFor(sc)})
	}
	slices.SortFunc(results, func(a, b result) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})

	fmt.Printf("%-4s %-18s %7s %5s\n", "Rank", "Student", "Score", "Grade")
	for i, r := range results {
		fmt.Printf("%-4d %-18s %7.2f %5v\n", i+1, r.name, r.score, r.grade)
	}

	dist := make([]int, A+1)
	total := 0.0
	for _, r := range results {
		dist[r.grade]++
		total += r.score
	}
	fmt.Println()
	fmt.Printf("Class average: %.2f (%v)\n", total/float64(len(results)), letterFor(total/float64(len(results))))
	fmt.Println("Distribution:")
	for g := A; g >= F; g-- {
		fmt.Printf("  %v %-6s %d\n", g, strings.Repeat("#", dist[g]), dist[g])
	}
	failing := slices.IndexFunc(results, func(r result) bool { return r.grade == F })
	if failing >= 0 {
		fmt.Printf("First failing student in ranking: %s\n", results[failing].name)
	}
}
