package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Employee struct {
	Dept   string
	Name   string
	Age    int
	Salary float64
}

// By builds a comparator from a key extractor.
func By[T any, K cmp.Ordered](key func(T) K) func(a, b T) int {
	return func(a, b T) int { return cmp.Compare(key(a), key(b)) }
}

// Desc reverses a comparator.
func Desc[T any](c func(a, b T) int) func(a, b T) int {
	return func(a, b T) int { return c(b, a) }
}

// Then chains comparators: the first non-zero result wins.
func Then[T any](cs ...func(a, b T) int) func(a, b T) int {
	return func(a, b T) int {
		for _, c := range cs {
			if r := c(a, b); r != 0 {
				return r
			}
		}
		return 0
	}
}

// SortedBy returns a sorted copy.
func SortedBy[T any](xs []T, c func(a, b T) int) []T {
	out := slices.Clone(xs)
	slices.SortStableFunc(out, c)
	return out
}

func show(title string, es []Employee) {
	fmt.Println(title)
	for _, e := range es {
		fmt.Printf("  %-6s %-6s %3d %9.2f\n", e.Dept, e.Name, e.Age, e.Salary)
	}
}

func main() {
	staff := []Employee{
		{"eng", "Zoe", 34, 120000},
		{"ops", "Ravi", 41, 95000},
		{"eng", "Amir", 29, 120000},
		{"sales", "Lena", 38, 70000.5},
		{"ops", "Bea", 25, 88000},
		{"eng", "Carl", 45, 150000},
	}

	byDeptName := SortedBy(staff, func(a, b Employee) int {
		return cmp.Or(
			cmp.Compare(a.Dept, b.Dept),
			cmp.Compare(a.Name, b.Name),
		)
	})
	show("dept, name:", byDeptName)

	bySalaryDescAge := SortedBy(staff, Then(
		Desc(By(func(e Employee) float64 { return e.Salary })),
		By(func(e Employee) int { return e.Age }),
	))
	show("salary desc, age asc:", bySalaryDescAge)

	youngestFirst := slices.Clone(staff)
	slices.SortFunc(youngestFirst, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Printf("youngest: %+v\n", youngestFirst[0])

	i, ok := slices.BinarySearchFunc(youngestFirst, 38, func(e Employee, age int) int {
		return cmp.Compare(e.Age, age)
	})
	fmt.Println("age 38 at", i, ok, youngestFirst[i].Name)

	fmt.Println("sorted by name?", slices.IsSortedFunc(byDeptName, By(func(e Employee) string { return e.Name })))

	words := strings.Fields("Banana apple cherry Apple banana date Cherry")
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(
			cmp.Compare(strings.ToLower(a), strings.ToLower(b)),
			-cmp.Compare(a, b),
		)
	})
	fmt.Printf("case-insensitive: %q\n", words)

	type score struct {
		Team   string
		Points int
		Diff   int
	}
	table := []score{{"red", 10, 3}, {"blue", 12, -1}, {"green", 10, 5}, {"gold", 12, -1}}
	slices.SortFunc(table, Then(
		Desc(By(func(s score) int { return s.Points })),
		Desc(By(func(s score) int { return s.Diff })),
		By(func(s score) string { return s.Team }),
	))
	fmt.Printf("%+v\n", table)
	fmt.Println("cmp.Compare:", cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0))
}
