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

type byAge []Employee

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type lessFunc func(a, b *Employee) bool

// multiSorter sorts by a chain of less functions, falling through on ties.
type multiSorter struct {
	emps []Employee
	less []lessFunc
}

func orderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (ms *multiSorter) Sort(emps []Employee) {
	ms.emps = emps
	sort.Sort(ms)
}

func (ms *multiSorter) Len() int      { return len(ms.emps) }
func (ms *multiSorter) Swap(i, j int) { ms.emps[i], ms.emps[j] = ms.emps[j], ms.emps[i] }
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

func show(title string, es []Employee) {
	fmt.Println(title)
	for _, e := range es {
		fmt.Printf("  %-6s %-5s %7d %3d\n", e.Name, e.Dept, e.Salary, e.Age)
	}
}

func data() []Employee {
	return []Employee{
		{"Alice", "eng", 120000, 34},
		{"Bob", "ops", 90000, 45},
		{"Carol", "eng", 135000, 29},
		{"Dan", "sales", 70000, 38},
		{"Eve", "ops", 90000, 31},
		{"Frank", "eng", 120000, 41},
	}
}

func main() {
	es := data()
	sort.Sort(byAge(es))
	show("by age (sort.Sort):", es)

	es = data()
	sort.Sort(sort.Reverse(byAge(es)))
	show("by age desc (sort.Reverse):", es)

	es = data()
	sort.Slice(es, func(i, j int) bool { return es[i].Name > es[j].Name })
	show("by name desc (sort.Slice):", es)

	es = data()
	sort.SliceStable(es, func(i, j int) bool { return es[i].Dept < es[j].Dept })
	show("by dept, stable (input order kept within a dept):", es)

	es = data()
	dept := func(a, b *Employee) bool { return a.Dept < b.Dept }
	salaryDesc := func(a, b *Employee) bool { return a.Salary > b.Salary }
	name := func(a, b *Employee) bool { return a.Name < b.Name }
	orderedBy(dept, salaryDesc, name).Sort(es)
	show("by dept, salary desc, name:", es)
	fmt.Println("is sorted by age:", sort.IsSorted(byAge(es)))

	ints := []int{42, 7, 19, 3, 88, 23}
	sort.Ints(ints)
	fmt.Println("ints:", ints, "sorted:", sort.IntsAreSorted(ints))
	fmt.Println("SearchInts 23 ->", sort.SearchInts(ints, 23), "SearchInts 24 ->", sort.SearchInts(ints, 24))
	j := sort.Search(len(ints), func(k int) bool { return ints[k] >= 50 })
	fmt.Println("first >= 50 at", j, "value", ints[j])
	strs := []string{"pear", "apple", "fig", "banana"}
	sort.Strings(strs)
	fmt.Println("strings:", strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println("floats:", fl)
}
