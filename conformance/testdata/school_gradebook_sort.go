package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Student struct {
	Name   string
	Year   int
	Scores []int
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	total := 0
	for _, sc := range s.Scores {
		total += sc
	}
	return float64(total) / float64(len(s.Scores))
}

func (s *Student) AddScore(sc int) {
	s.Scores = append(s.Scores, sc)
}

type Gradebook struct {
	Students []Student
}

func (g *Gradebook) Add(name string, year int, scores ...int) {
	g.Students = append(g.Students, Student{Name: name, Year: year, Scores: scores})
}

func (g *Gradebook) Find(name string) *Student {
	for i := range g.Students {
		if g.Students[i].Name == name {
			return &g.Students[i]
		}
	}
	return nil
}

func (g Gradebook) Ranked() []Student {
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
	var gb Gradebook
	gb.Add("Alice", 10, 88, 92, 79)
	gb.Add("Bob", 11, 72, 65, 80)
	gb.Add("Chloe", 10, 95, 91, 98)
	gb.Add("Dmitri", 12, 60, 70)
	gb.Add("Esther", 11, 88, 86, 87)

	if s := gb.Find("Dmitri"); s != nil {
		s.AddScore(95)
	}
	if gb.Find("Zed") == nil {
		fmt.Println("Zed is not enrolled")
	}

	fmt.Println("Rank  Name      Year   Avg")
	for i, s := range gb.Ranked() {
		fmt.Printf("%-5d %-9s %4d %6.2f\n", i+1, s.Name, s.Year, s.Average())
	}

	byYear := map[int][]string{}
	for _, s := range gb.Students {
		byYear[s.Year] = append(byYear[s.Year], s.Name)
	}
	years := make([]int, 0, len(byYear))
	for y := range byYear {
		years = append(years, y)
	}
	slices.Sort(years)
	for _, y := range years {
		names := byYear[y]
		slices.Sort(names)
		fmt.Printf("Year %d: %s\n", y, strings.Join(names, ", "))
	}

	best := slices.MaxFunc(gb.Students, func(a, b Student) int {
		return cmp.Compare(slices.Max(a.Scores), slices.Max(b.Scores))
	})
	fmt.Printf("Highest single score: %s with %d\n", best.Name, slices.Max(best.Scores))
}
