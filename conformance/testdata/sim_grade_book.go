package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Student struct {
	Name   string
	Scores []float64
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	sum := 0.0
	for _, v := range s.Scores {
		sum += v
	}
	return sum / float64(len(s.Scores))
}

func Letter(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	case avg >= 60:
		return "D"
	default:
		return "F"
	}
}

type GradeBook struct {
	Course   string
	Students []Student
}

func (g *GradeBook) Record(name string, score float64) {
	for i := range g.Students {
		if g.Students[i].Name == name {
			g.Students[i].Scores = append(g.Students[i].Scores, score)
			return
		}
	}
	g.Students = append(g.Students, Student{Name: name, Scores: []float64{score}})
}

func (g GradeBook) Ranked() []Student {
	out := slices.Clone(g.Students)
	slices.SortStableFunc(out, func(a, b Student) int {
		if c := cmp.Compare(b.Average(), a.Average()); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out
}

func main() {
	gb := &GradeBook{Course: "Go 101"}
	data := `alice 92 bob 78 carol 85 dave 59 alice 88 bob 81 carol 91 dave 67 erin 85 alice 95 bob 74 erin 89 carol 79`
	fields := strings.Fields(data)
	for i := 0; i+1 < len(fields); i += 2 {
		var score float64
		fmt.Sscanf(fields[i+1], "%g", &score)
		gb.Record(fields[i], score)
	}

	fmt.Printf("Course: %s (%d students)\n", gb.Course, len(gb.Students))
	counts := map[string]int{}
	classSum := 0.0
	for rank, s := range gb.Ranked() {
		avg := s.Average()
		classSum += avg
		counts[Letter(avg)]++
		fmt.Printf("%d. %-6s %-16s avg=%6.2f grade=%s\n", rank+1, s.Name, fmt.Sprint(s.Scores), avg, Letter(avg))
	}
	fmt.Printf("class average: %.2f\n", classSum/float64(len(gb.Students)))
	fmt.Println("distribution:", counts)

	best := slices.MaxFunc(gb.Students, func(a, b Student) int {
		return cmp.Compare(slices.Max(a.Scores), slices.Max(b.Scores))
	})
	fmt.Printf("highest single score: %s with %.1f\n", best.Name, slices.Max(best.Scores))
}
