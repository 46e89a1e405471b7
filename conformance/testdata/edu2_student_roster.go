// Week 5 assignment: a student roster computing GPAs from letter grades.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Course struct {
	Name    string
	Credits int
	Grade   string
}

type Student struct {
	ID      int
	Name    string
	Courses []Course
}

var gradePoints = map[string]float64{
	"A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7,
	"C+": 2.3, "C": 2.0, "D": 1.0, "F": 0.0,
}

// GPA returns the credit-weighted average; unknown grades are skipped.
func (s Student) GPA() (gpa float64, credits int) {
	total := 0.0
	for _, c := range s.Courses {
		pts, ok := gradePoints[c.Grade]
		if !ok {
			continue
		}
		total += pts * float64(c.Credits)
		credits += c.Credits
	}
	if credits == 0 {
		return 0, 0
	}
	return total / float64(credits), credits
}

func (s Student) Standing() string {
	gpa, _ := s.GPA()
	switch {
	case gpa >= 3.5:
		return "Dean's list"
	case gpa >= 2.0:
		return "Good"
	default:
		return "Probation"
	}
}

type Roster []Student

func (r Roster) Find(name string) (Student, bool) {
	for _, s := range r {
		if strings.EqualFold(s.Name, name) {
			return s, true
		}
	}
	return Student{}, false
}

func main() {
	roster := Roster{
		{1, "Alice", []Course{{"Math", 4, "A"}, {"History", 3, "B+"}, {"Go", 3, "A"}}},
		{2, "Bob", []Course{{"Math", 4, "C"}, {"Art", 2, "B"}, {"Go", 3, "D"}}},
		{3, "Carmen", []Course{{"Physics", 4, "A-"}, {"Go", 3, "A-"}, {"Music", 1, "P"}}},
		{4, "Dev", []Course{{"Math", 4, "F"}, {"Go", 3, "C+"}}},
		{5, "Eve", nil},
	}

	sort.Slice(roster, func(i, j int) bool {
		gi, _ := roster[i].GPA()
		gj, _ := roster[j].GPA()
		if gi != gj {
			return gi > gj
		}
		return roster[i].Name < roster[j].Name
	})

	fmt.Printf("%-3s %-8s %5s %7s  %s\n", "ID", "Name", "GPA", "Credits", "Standing")
	for _, s := range roster {
		gpa, cr := s.GPA()
		fmt.Printf("%-3d %-8s %5.2f %7d  %s\n", s.ID, s.Name, gpa, cr, s.Standing())
	}

	for _, name := range []string{"carmen", "Zoe"} {
		s, ok := roster.Find(name)
		fmt.Printf("find %q: ok=%t %+v\n", name, ok, s)
	}

	// Per-course averages, with sorted keys for stable output.
	sums := map[string][]float64{}
	for _, s := range roster {
		for _, c := range s.Courses {
			if p, ok := gradePoints[c.Grade]; ok {
				sums[c.Name] = append(sums[c.Name], p)
			}
		}
	}
	names := make([]string, 0, len(sums))
	for n := range sums {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t := 0.0
		for _, p := range sums[n] {
			t += p
		}
		fmt.Printf("course %-8s students=%d avg=%4.2f\n", n, len(sums[n]), t/float64(len(sums[n])))
	}
}
