// Week 7 assignment: sorting records by multiple keys.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

func printAll(title string, es []Employee) {
	fmt.Println(title)
	for _, e := range es {
		fmt.Printf("  %-8s %-6s %6d %3d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
}

func main() {
	staff := []Employee{
		{"Maya", "eng", 120000, 31},
		{"Liam", "sales", 70000, 45},
		{"Noor", "eng", 120000, 28},
		{"Omar", "ops", 65000, 39},
		{"Ivy", "sales", 82000, 29},
		{"Ken", "eng", 98000, 52},
		{"Ada", "ops", 65000, 39},
	}

	// sort.Slice: department ascending, salary descending, name ascending.
	a := slices.Clone(staff)
	sort.Slice(a, func(i, j int) bool {
		if a[i].Dept != a[j].Dept {
			return a[i].Dept < a[j].Dept
		}
		if a[i].Salary != a[j].Salary {
			return a[i].Salary > a[j].Salary
		}
		return a[i].Name < a[j].Name
	})
	printAll("by dept, salary desc, name:", a)

	// slices.SortFunc with cmp.Or chaining comparisons.
	b := slices.Clone(staff)
	slices.SortFunc(b, func(x, y Employee) int {
		return cmp.Or(
			cmp.Compare(x.Age, y.Age),
			strings.Compare(x.Name, y.Name),
		)
	})
	printAll("by age, then name:", b)

	// Stable sort keeps the previous order among equal keys.
	c := slices.Clone(b)
	slices.SortStableFunc(c, func(x, y Employee) int {
		return cmp.Compare(y.Salary, x.Salary)
	})
	printAll("stable by salary desc (ties keep age order):", c)

	// Case-insensitive sort of words, shorter words first on ties.
	words := []string{"banana", "Apple", "cherry", "apple", "Fig", "date", "fig"}
	slices.SortFunc(words, func(x, y string) int {
		if c := strings.Compare(strings.ToLower(x), strings.ToLower(y)); c != 0 {
			return c
		}
		return strings.Compare(x, y)
	})
	fmt.Printf("words: %q\n", words)

	idx, found := slices.BinarySearchFunc(a, "ops", func(e Employee, d string) int {
		return strings.Compare(e.Dept, d)
	})
	fmt.Printf("first ops at %d found=%t sorted=%t\n", idx, found, slices.IsSortedFunc(b, func(x, y Employee) int { return x.Age - y.Age }))
}
