package main

import (
	"errors"
	"fmt"
	"slices"
)

type Student struct {
	Name   string
	Scores []int
}

func main() {
	students := []Student{
		{"alice", []int{92, 88, 95}},
		{"bob", []int{71, 64, 80}},
		{"carol", []int{55, 62, 48}},
		{"dave", []int{}},
		{"erin", []int{85, 90, 78, 99}},
	}
	fmt.Println("number of students:", len(students))
	fmt.Printf("first student: %+v\n", students[0])

	letters := map[string]int{}
	passed := []string{}
	for _, s := range students {
		avg, err := average(s.Scores)
		if err != nil {
			fmt.Println("error for", s.Name+":", err)
			continue
		}
		letter := letterGrade(avg)
		letters[letter]++
		fmt.Printf("%-6s avg=%6.2f grade=%s\n", s.Name, avg, letter)
		if avg >= 60 {
			passed = append(passed, s.Name)
		}
	}
	fmt.Println("letter counts:", letters)
	fmt.Println("passed:", passed)
	fmt.Println("carol passed?", slices.Contains(passed, "carol"))
	fmt.Println("index of erin:", slices.Index(passed, "erin"))

	all := []int{}
	for _, s := range students {
		all = append(all, s.Scores...)
	}
	slices.Sort(all)
	fmt.Println("all scores sorted:", all)
	fmt.Println("lowest:", all[0], "highest:", all[len(all)-1])
	median := all[len(all)/2]
	fmt.Println("median-ish:", median)

	best := ""
	bestAvg := -1.0
	for _, s := range students {
		avg, err := average(s.Scores)
		if err == nil && avg > bestAvg {
			bestAvg = avg
			best = s.Name
		}
	}
	fmt.Printf("best student: %s with %.2f\n", best, bestAvg)

	_, err := average(nil)
	fmt.Println("average(nil) error:", err)
	fmt.Println("is errEmpty?", errors.Is(err, errEmpty))
}

var errEmpty = errors.New("no scores")

func average(scores []int) (float64, error) {
	if len(scores) == 0 {
		return 0, errEmpty
	}
	total := 0
	for _, s := range scores {
		total += s
	}
	return float64(total) / float64(len(scores)), nil
}

func letterGrade(avg float64) string {
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
