package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

var ErrDuplicate = errors.New("student already enrolled")

type Grade struct {
	Level    int
	Students []string
}

func (g Grade) String() string {
	return fmt.Sprintf("grade %d: %s", g.Level, strings.Join(g.Students, ", "))
}

type School struct {
	grades map[int][]string
	where  map[string]int
}

func NewSchool() *School {
	return &School{grades: map[int][]string{}, where: map[string]int{}}
}

func (s *School) Add(name string, level int) error {
	if g, ok := s.where[name]; ok {
		return fmt.Errorf("add %s to %d (already in %d): %w", name, level, g, ErrDuplicate)
	}
	s.where[name] = level
	list := s.grades[level]
	i, _ := slices.BinarySearch(list, name)
	s.grades[level] = slices.Insert(list, i, name)
	return nil
}

func (s *School) Grade(level int) []string {
	return slices.Clone(s.grades[level])
}

func (s *School) Roster() []Grade {
	out := make([]Grade, 0, len(s.grades))
	for level, names := range s.grades {
		out = append(out, Grade{level, names})
	}
	slices.SortFunc(out, func(a, b Grade) int { return cmp.Compare(a.Level, b.Level) })
	return out
}

func main() {
	s := NewSchool()
	adds := []struct {
		name    string
		level   int
		wantErr bool
	}{
		{"Jim", 3, false}, {"Aimee", 2, false}, {"Blair", 2, false},
		{"Paul", 2, false}, {"Chelsea", 3, false}, {"Logan", 7, false},
		{"Zoe", 1, false}, {"Anna", 1, false}, {"Blair", 4, true}, {"Jim", 3, true},
	}
	for _, a := range adds {
		err := s.Add(a.name, a.level)
		status := "PASS"
		if (err != nil) != a.wantErr || (err != nil && !errors.Is(err, ErrDuplicate)) {
			status = "FAIL"
		}
		if err != nil {
			fmt.Printf("%s add %-8s error: %v\n", status, a.name, err)
		} else {
			fmt.Printf("%s add %-8s to grade %d\n", status, a.name, a.level)
		}
	}
	grades := []struct {
		level int
		want  []string
	}{
		{1, []string{"Anna", "Zoe"}},
		{2, []string{"Aimee", "Blair", "Paul"}},
		{5, nil},
	}
	for _, g := range grades {
		got := s.Grade(g.level)
		status := "PASS"
		if !slices.Equal(got, g.want) {
			status = "FAIL"
		}
		fmt.Printf("%s grade %d -> %q (len %d)\n", status, g.level, got, len(got))
	}
	got := s.Grade(2)
	got[0] = "Mallory"
	fmt.Println("grade 2 unchanged:", s.Grade(2)[0] == "Aimee")
	for _, g := range s.Roster() {
		fmt.Println(g)
	}
}
