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
	Salary float64
}

func byDeptThenSalaryDesc(a, b Employee) int {
	return cmp.Or(
		cmp.Compare(a.Dept, b.Dept),
		cmp.Compare(b.Salary, a.Salary),
		strings.Compare(a.Name, b.Name),
	)
}

func main() {
	staff := []Employee{
		{"eng", "Kim", 120000},
		{"ops", "Lee", 90000},
		{"eng", "Ana", 135000},
		{"hr", "Bo", 70000},
		{"ops", "Cy", 90000},
		{"eng", "Dev", 120000},
	}
	slices.SortFunc(staff, byDeptThenSalaryDesc)
	for _, e := range staff {
		fmt.Printf("%-4s %-4s %9.2f\n", e.Dept, e.Name, e.Salary)
	}

	idx, found := slices.BinarySearchFunc(staff, Employee{Dept: "hr"}, func(e, t Employee) int {
		return cmp.Compare(e.Dept, t.Dept)
	})
	fmt.Println("hr starts at", idx, found)

	richest := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Salary, b.Salary) })
	fmt.Printf("richest: %+v\n", richest)

	nums := []int{5, -2, 9, 0, -7, 3}
	slices.SortFunc(nums, func(a, b int) int {
		return cmp.Compare(abs(a), abs(b))
	})
	fmt.Println("by abs:", nums)
	slices.Sort(nums)
	fmt.Println("sorted:", nums, slices.IsSorted(nums))
	pos, ok := slices.BinarySearch(nums, 3)
	fmt.Println("3 at", pos, ok)

	words := strings.Fields("the Quick brown fox Jumps over the lazy dog")
	slices.SortStableFunc(words, func(a, b string) int {
		return cmp.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(words)
	fmt.Println(slices.Compact(words))
	fmt.Println(cmp.Less(1.5, 2.0), cmp.Compare("b", "a"), min(3, 1, 2), max("x", "y"))
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
