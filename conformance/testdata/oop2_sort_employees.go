package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

func (e Employee) String() string {
	return fmt.Sprintf("%-6s %-5s %6d %2d", e.Name, e.Dept, e.Salary, e.Age)
}

type Employees []Employee

func (e Employees) Len() int      { return len(e) }
func (e Employees) Swap(i, j int) { e[i], e[j] = e[j], e[i] }

type ByName struct{ Employees }

func (b ByName) Less(i, j int) bool { return b.Employees[i].Name < b.Employees[j].Name }

type BySalary struct{ Employees }

func (b BySalary) Less(i, j int) bool { return b.Employees[i].Salary < b.Employees[j].Salary }

// multiSorter sorts by a list of comparisons, falling through on ties.
type lessFunc func(a, b *Employee) bool

type multiSorter struct {
	emps []Employee
	less []lessFunc
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (ms *multiSorter) Sort(emps []Employee) { ms.emps = emps; sort.Sort(ms) }
func (ms *multiSorter) Len() int             { return len(ms.emps) }
func (ms *multiSorter) Swap(i, j int)        { ms.emps[i], ms.emps[j] = ms.emps[j], ms.emps[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.emps[i], &ms.emps[j]
	for _, less := range ms.less[:len(ms.less)-1] {
		switch {
		case less(p, q):
			return true
		case less(q, p):
			return false
		}
	}
	return ms.less[len(ms.less)-1](p, q)
}

func show(title string, emps []Employee) {
	fmt.Println(title)
	for _, e := range emps {
		fmt.Println("  ", e)
	}
}

func main() {
	staff := Employees{
		{"Zoe", "eng", 120000, 34},
		{"Adam", "sales", 70000, 45},
		{"Mia", "eng", 95000, 28},
		{"Liam", "ops", 70000, 39},
		{"Ava", "sales", 82000, 31},
		{"Noah", "eng", 95000, 41},
	}
	sort.Sort(ByName{staff})
	show("by name:", staff)

	sort.Sort(sort.Reverse(BySalary{staff}))
	fmt.Println("top earner:", staff[0].Name, "sorted:", sort.IsSorted(sort.Reverse(BySalary{staff})))

	dept := func(a, b *Employee) bool { return a.Dept < b.Dept }
	salaryDesc := func(a, b *Employee) bool { return a.Salary > b.Salary }
	name := func(a, b *Employee) bool { return a.Name < b.Name }
	OrderedBy(dept, salaryDesc, name).Sort(staff)
	show("by dept, salary desc, name:", staff)

	OrderedBy(salaryDesc, name).Sort(staff)
	i := sort.Search(len(staff), func(i int) bool { return staff[i].Salary <= 82000 })
	fmt.Printf("first earning <= 82000 at index %d: %s\n", i, staff[i].Name)

	ages := make([]int, len(staff))
	for i, e := range staff {
		ages[i] = e.Age
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ages)))
	fmt.Println("ages desc:", ages)

	totals := map[string]int{}
	for _, e := range staff {
		totals[e.Dept] += e.Salary
	}
	depts := make([]string, 0, len(totals))
	for d := range totals {
		depts = append(depts, d)
	}
	sort.Slice(depts, func(i, j int) bool { return totals[depts[i]] > totals[depts[j]] })
	for _, d := range depts {
		fmt.Printf("%-5s total %d\n", d, totals[d])
	}
}
