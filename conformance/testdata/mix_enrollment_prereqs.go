package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Course struct {
	Code    string
	Credits int
	Prereqs []string
}

type Student struct {
	Name      string
	Completed map[string]bool
	Enrolled  []string
}

type PrereqError struct {
	Course  string
	Missing []string
}

func (e PrereqError) Error() string {
	return fmt.Sprintf("%s requires %s", e.Course, strings.Join(e.Missing, ", "))
}

var ErrCreditLimit = errors.New("credit limit exceeded")

type Registrar struct {
	catalog map[string]Course
	limit   int
}

func (r *Registrar) credits(s *Student) int {
	total := 0
	for _, c := range s.Enrolled {
		total += r.catalog[c].Credits
	}
	return total
}

func (r *Registrar) Enroll(s *Student, code string) error {
	c, ok := r.catalog[code]
	if !ok {
		return fmt.Errorf("no such course %q", code)
	}
	var missing []string
	for _, p := range c.Prereqs {
		if !s.Completed[p] {
			missing = append(missing, p)
		}
	}
	if len(missing) > 0 {
		return PrereqError{code, missing}
	}
	if r.credits(s)+c.Credits > r.limit {
		return fmt.Errorf("enroll %s: %w (%d+%d>%d)", code, ErrCreditLimit, r.credits(s), c.Credits, r.limit)
	}
	s.Enrolled = append(s.Enrolled, code)
	return nil
}

func main() {
	r := &Registrar{limit: 10, catalog: map[string]Course{
		"CS101": {"CS101", 4, nil},
		"CS201": {"CS201", 4, []string{"CS101"}},
		"CS350": {"CS350", 3, []string{"CS201", "MA210"}},
		"CS420": {"CS420", 4, []string{"CS201"}},
		"MA210": {"MA210", 3, nil},
	}}
	students := []*Student{
		{Name: "ana", Completed: map[string]bool{"CS101": true, "CS201": true, "MA210": true}},
		{Name: "ben", Completed: map[string]bool{"CS101": true}},
	}
	requests := []string{"CS350", "CS420", "CS201", "MA210", "CS999"}
	for _, s := range students {
		fmt.Printf("== %s ==\n", s.Name)
		for _, code := range requests {
			err := r.Enroll(s, code)
			var pe PrereqError
			switch {
			case err == nil:
				fmt.Printf("  %-6s enrolled\n", code)
			case errors.As(err, &pe):
				fmt.Printf("  %-6s blocked: missing %q\n", code, pe.Missing)
			case errors.Is(err, ErrCreditLimit):
				fmt.Printf("  %-6s %v\n", code, err)
			default:
				fmt.Printf("  %-6s error: %v\n", code, err)
			}
		}
		slices.Sort(s.Enrolled)
		fmt.Printf("  schedule=%v credits=%d\n", s.Enrolled, r.credits(s))
	}
}
