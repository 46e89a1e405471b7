package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Seq    int
}

func main() {
	emps := []Employee{
		{"Zoe", "eng", 120, 0},
		{"Adam", "sales", 90, 1},
		{"Mia", "eng", 150, 2},
		{"Liam", "ops", 90, 3},
		{"Ava", "eng", 120, 4},
		{"Noah", "sales", 110, 5},
		{"Emma", "ops", 95, 6},
		{"Owen", "eng", 150, 7},
		{"Ivy", "sales", 90, 8},
	}

	byDeptSalary := slices.Clone(emps)
	sort.SliceStable(byDeptSalary, func(i, j int) bool {
		a, b := byDeptSalary[i], byDeptSalary[j]
		if a.Dept != b.Dept {
			return a.Dept < b.Dept
		}
		return a.Salary > b.Salary
	})
	fmt.Println("dept asc, salary desc (ties keep input order):")
	for _, e := range byDeptSalary {
		fmt.Printf("  %-5s %-6s %3d seq=%d\n", e.Dept, e.Name, e.Salary, e.Seq)
	}

	twoPass := slices.Clone(emps)
	sort.SliceStable(twoPass, func(i, j int) bool { return twoPass[i].Salary < twoPass[j].Salary })
	sort.SliceStable(twoPass, func(i, j int) bool { return twoPass[i].Dept < twoPass[j].Dept })
	fmt.Println("two stable passes (dept, then salary asc):")
	for _, e := range twoPass {
		fmt.Printf("  %s/%s/%d", e.Dept, e.Name, e.Salary)
	}
	fmt.Println()

	modern := slices.Clone(emps)
	slices.SortStableFunc(modern, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(b.Salary, a.Salary), cmp.Compare(a.Name, b.Name))
	})
	names := make([]string, len(modern))
	for i, e := range modern {
		names[i] = fmt.Sprintf("%s:%d", e.Name, e.Salary)
	}
	fmt.Println("salary desc, name asc:", names)

	fmt.Println("is sorted:", sort.SliceIsSorted(byDeptSalary, func(i, j int) bool {
		return byDeptSalary[i].Dept < byDeptSalary[j].Dept
	}))
	idx, found := slices.BinarySearchFunc(twoPass, "ops", func(e Employee, d string) int { return cmp.Compare(e.Dept, d) })
	fmt.Println("first ops at", idx, found, twoPass[idx].Name)
}
