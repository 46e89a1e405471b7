package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name, Title string
}

type Employee struct {
	Person
	ID, Salary int
	Reports    []*Employee
}

func (e *Employee) TotalCost() int {
	total := e.Salary
	for _, r := range e.Reports {
		total += r.TotalCost()
	}
	return total
}

func (e *Employee) Headcount() int {
	n := 1
	for _, r := range e.Reports {
		n += r.Headcount()
	}
	return n
}

func (e *Employee) Walk(depth int, visit func(*Employee, int)) {
	visit(e, depth)
	slices.SortFunc(e.Reports, func(a, b *Employee) int {
		return cmp.Or(cmp.Compare(b.TotalCost(), a.TotalCost()), strings.Compare(a.Name, b.Name))
	})
	for _, r := range e.Reports {
		r.Walk(depth+1, visit)
	}
}

var ErrNoRoot = errors.New("no root (CEO) found")

type row struct {
	id, boss, salary int
	name, title      string
}

func Build(rows []row) (*Employee, error) {
	byID := map[int]*Employee{}
	for _, r := range rows {
		byID[r.id] = &Employee{Person: Person{r.name, r.title}, ID: r.id, Salary: r.salary}
	}
	var root *Employee
	var errs []error
	for _, r := range rows {
		if r.boss == 0 {
			root = byID[r.id]
			continue
		}
		boss, ok := byID[r.boss]
		if !ok {
			errs = append(errs, fmt.Errorf("employee %d (%s): unknown manager %d", r.id, r.name, r.boss))
			continue
		}
		boss.Reports = append(boss.Reports, byID[r.id])
	}
	if root == nil {
		errs = append(errs, ErrNoRoot)
	}
	return root, errors.Join(errs...)
}

func main() {
	rows := []row{
		{1, 0, 250, "Grace", "CEO"}, {2, 1, 180, "Alan", "CTO"}, {3, 1, 170, "Ada", "CFO"},
		{4, 2, 120, "Linus", "Eng Lead"}, {5, 2, 125, "Ken", "HPC Lead"}, {6, 4, 95, "Rob", "Engineer"},
		{7, 4, 90, "Russ", "Engineer"}, {8, 5, 100, "Barbara", "MPI Expert"}, {9, 3, 80, "Donald", "Accountant"}, {10, 42, 70, "Ghost", "Intern"},
	}
	root, err := Build(rows)
	fmt.Println("warning:", err)
	root.Walk(0, func(e *Employee, d int) {
		fmt.Printf("%s%-*s %-11s own=%4d team=%5d n=%d\n", strings.Repeat("  ", d), 12-2*d, e.Name, e.Title, e.Salary, e.TotalCost(), e.Headcount())
	})
	var managers []string
	root.Walk(0, func(e *Employee, _ int) {
		if len(e.Reports) > 0 {
			managers = append(managers, fmt.Sprintf("%s(%d)", e.Name, len(e.Reports)))
		}
	})
	fmt.Println("managers:", strings.Join(managers, ", "))
	fmt.Printf("%+v\n", root.Reports[0].Person)
	_, err = Build(rows[1:3])
	fmt.Println("no root:", errors.Is(err, ErrNoRoot), "|", strings.ReplaceAll(err.Error(), "\n", " / "))
}
