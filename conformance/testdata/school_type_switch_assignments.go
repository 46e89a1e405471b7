package main

import (
	"fmt"
	"strings"
)

type Assignment interface {
	Title() string
	MaxPoints() int
}

type Essay struct {
	Topic string
	Words int
}

type Quiz struct {
	Name      string
	Questions int
}

type Project struct {
	Name    string
	Members []string
}

func (e Essay) Title() string    { return "Essay: " + e.Topic }
func (e Essay) MaxPoints() int   { return 20 + e.Words/100 }
func (q Quiz) Title() string     { return "Quiz: " + q.Name }
func (q Quiz) MaxPoints() int    { return q.Questions * 2 }
func (p *Project) Title() string { return "Project: " + p.Name }
func (p *Project) MaxPoints() int {
	return 50
}

type Late interface {
	DaysLate() int
}

type LateEssay struct {
	Essay
	Days int
}

func (l LateEssay) DaysLate() int { return l.Days }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing submitted"
	case *Project:
		return fmt.Sprintf("group project with %d members (%s)", len(x.Members), strings.Join(x.Members, "+"))
	case LateEssay:
		return fmt.Sprintf("essay on %q, %d day(s) late", x.Topic, x.DaysLate())
	case Essay, Quiz:
		return fmt.Sprintf("individual work %T worth %d", x, x.(Assignment).MaxPoints())
	case string:
		return "just a note: " + x
	case int, int64:
		return fmt.Sprintf("a bare number %v", x)
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func main() {
	work := []any{
		Essay{"Volcanoes", 800},
		Quiz{"Fractions", 10},
		&Project{"Solar oven", []string{"Ivy", "Jon", "Kai"}},
		LateEssay{Essay{"Rivers", 500}, 2},
		"forgot homework",
		42,
		nil,
		3.14,
	}
	for i, w := range work {
		fmt.Printf("%d. %s\n", i+1, describe(w))
	}

	total := 0
	for _, w := range work {
		a, ok := w.(Assignment)
		if !ok {
			continue
		}
		pts := a.MaxPoints()
		if l, ok := a.(Late); ok {
			pts -= l.DaysLate() * 2
		}
		total += pts
		fmt.Printf("   %-22s %3d pts\n", a.Title(), pts)
	}
	fmt.Println("Total available:", total)
}
