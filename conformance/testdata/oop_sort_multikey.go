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
	return fmt.Sprintf("%s/%s/%d/%d", e.Dept, e.Name, e.Salary, e.Age)
}

// ByDeptSalary sorts by department asc, salary desc, then name asc.
type ByDeptSalary []Employee

func (s ByDeptSalary) Len() int      { return len(s) }
func (s ByDeptSalary) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s ByDeptSalary) Less(i, j int) bool {
	a, b := s[i], s[j]
	if a.Dept != b.Dept {
		return a.Dept < b.Dept
	}
	if a.Salary != b.Salary {
		return a.Salary > b.Salary
	}
	return a.Name < b.Name
}

// lessFunc and multiSorter build a comparator from a list of keys.
type lessFunc func(a, b *Employee) bool

type multiSorter struct {
	items []Employee
	less  []lessFunc
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (m *multiSorter) Sort(items []Employee) {
	m.items = items
	sort.Sort(m)
}

func (m *multiSorter) Len() int      { return len(m.items) }
func (m *multiSorter) Swap(i, j int) { m.items[i], m.items[j] = m.items[j], m.items[i] }
func (m *multiSorter) Less(i, j int) bool {
	a, b := &m.items[i], &m.items[j]
	for _, less := range m.less[:len(m.less)-1] {
		switch {
		case less(a, b):
			return true
		case less(b, a):
			return false
		}
	}
	return m.less[len(m.less)-1](a, b)
}

func main() {
	staff := []Employee{
		{"Carol", "eng", 120, 41}, {"Alice", "eng", 120, 29}, {"Bob", "ops", 90, 35},
		{"Dave", "eng", 95, 52}, {"Eve", "sales", 70, 23}, {"Frank", "ops", 90, 29},
		{"Grace", "sales", 85, 38}, {"Heidi", "eng", 95, 29},
	}

	byDept := append([]Employee(nil), staff...)
	sort.Sort(ByDeptSalary(byDept))
	fmt.Println(byDept)
	fmt.Println("sorted?", sort.IsSorted(ByDeptSalary(byDept)), sort.IsSorted(ByDeptSalary(staff)))

	age := func(a, b *Employee) bool { return a.Age < b.Age }
	name := func(a, b *Employee) bool { return a.Name < b.Name }
	salaryDesc := func(a, b *Employee) bool { return a.Salary > b.Salary }

	OrderedBy(age, name).Sort(staff)
	fmt.Println(staff)
	OrderedBy(salaryDesc, age, name).Sort(staff)
	for _, e := range staff {
		fmt.Printf("%-6s %3d %2d\n", e.Name, e.Salary, e.Age)
	}

	sort.Sort(sort.Reverse(ByDeptSalary(staff)))
	fmt.Printf("%v\n", staff[:3])

	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Dept < staff[j].Dept })
	fmt.Printf("%+v\n", staff[0])
	i := sort.Search(len(byDept), func(i int) bool { return byDept[i].Dept >= "ops" })
	fmt.Printf("first ops at %d: %v (%T)\n", i, byDept[i], ByDeptSalary(nil))
}
