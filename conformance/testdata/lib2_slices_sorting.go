package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Level  int
	Salary float64
}

func (e Employee) String() string {
	return fmt.Sprintf("%-6s %-5s L%d %8.1f", e.Name, e.Dept, e.Level, e.Salary)
}

func byDeptThenLevelDesc(a, b Employee) int {
	return cmp.Or(
		cmp.Compare(a.Dept, b.Dept),
		-cmp.Compare(a.Level, b.Level),
		strings.Compare(a.Name, b.Name),
	)
}

func main() {
	staff := []Employee{
		{"Zoe", "eng", 3, 150000},
		{"Adam", "ops", 2, 90000},
		{"Bea", "eng", 2, 120000},
		{"Carl", "sales", 1, 70000},
		{"Dana", "eng", 3, 155000},
		{"Eve", "ops", 2, 95000},
		{"Finn", "sales", 3, 110000},
		{"Gus", "eng", 1, 95000},
	}

	s := slices.Clone(staff)
	slices.SortFunc(s, byDeptThenLevelDesc)
	fmt.Println("by dept, level desc, name:")
	for _, e := range s {
		fmt.Println(" ", e)
	}

	s = slices.Clone(staff)
	slices.SortStableFunc(s, func(a, b Employee) int { return cmp.Compare(a.Level, b.Level) })
	var names []string
	for _, e := range s {
		names = append(names, fmt.Sprintf("%s/%d", e.Name, e.Level))
	}
	fmt.Println("stable by level:", strings.Join(names, " "))

	fmt.Println("sorted already?", slices.IsSortedFunc(s, func(a, b Employee) int { return a.Level - b.Level }))

	salaries := make([]float64, 0, len(staff))
	for _, e := range staff {
		salaries = append(salaries, e.Salary)
	}
	slices.Sort(salaries)
	fmt.Println("salaries:", salaries)
	for _, q := range []float64{95000, 100000, 200000} {
		i, found := slices.BinarySearch(salaries, q)
		fmt.Printf("search %.0f -> index %d found %v\n", q, i, found)
	}

	slices.SortFunc(s, func(a, b Employee) int { return strings.Compare(a.Name, b.Name) })
	i, ok := slices.BinarySearchFunc(s, "Eve", func(e Employee, name string) int {
		return strings.Compare(e.Name, name)
	})
	fmt.Println("Eve at", i, ok, "->", s[i].Dept)

	top := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Salary, b.Salary) })
	low := slices.MinFunc(staff, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(a.Level, b.Level), cmp.Compare(a.Salary, b.Salary))
	})
	fmt.Println("top earner:", top.Name, "| junior-most:", low.Name)

	words := strings.Fields("banana Apple cherry apple Banana date")
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a), strings.ToLower(b)), cmp.Compare(a, b))
	})
	fmt.Println("case-insensitive:", words)
	fmt.Println("sorted ints desc:", slices.SortedFunc(slices.Values([]int{3, 1, 4, 1, 5, 9, 2, 6}),
		func(a, b int) int { return cmp.Compare(b, a) }))
}
