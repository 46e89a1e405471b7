package main

import (
	"fmt"
	"slices"
	"strings"
)

// Employee exposes state only through getters; "With" methods return
// modified copies so callers can never mutate a shared instance.
type Employee struct {
	name   string
	title  string
	salary int
	skills []string
}

func NewEmployee(name, title string, salary int, skills ...string) Employee {
	return Employee{name: name, title: title, salary: salary, skills: slices.Clone(skills)}
}

func (e Employee) Name() string     { return e.name }
func (e Employee) Title() string    { return e.title }
func (e Employee) Salary() int      { return e.salary }
func (e Employee) Skills() []string { return slices.Clone(e.skills) } // defensive copy

func (e Employee) WithTitle(t string) Employee {
	e.title = t // e is already a copy
	return e
}

func (e Employee) WithRaise(pct int) Employee {
	e.salary += e.salary * pct / 100
	return e
}

func (e Employee) WithSkill(s string) Employee {
	e.skills = append(slices.Clone(e.skills), s) // never share the backing array
	return e
}

func (e Employee) String() string {
	return fmt.Sprintf("%s (%s, %d) [%s]", e.name, e.title, e.salary, strings.Join(e.skills, " "))
}

// Team holds employees and also guards its slice.
type Team struct {
	name    string
	members []Employee
}

func (t Team) Members() []Employee { return slices.Clone(t.members) }
func (t Team) Add(e Employee) Team {
	t.members = append(slices.Clone(t.members), e)
	return t
}
func (t Team) Payroll() (sum int) {
	for _, m := range t.members {
		sum += m.Salary()
	}
	return
}

func main() {
	input := []string{"go", "sql"}
	ann := NewEmployee("Ann", "Engineer", 100000, input...)
	input[0] = "cobol" // does not leak into ann
	fmt.Println(ann)

	skills := ann.Skills()
	skills[1] = "hacked"
	fmt.Println("after mutating getter result:", ann.Skills())

	senior := ann.WithTitle("Senior Engineer").WithRaise(15)
	fmt.Println("original:", ann)
	fmt.Println("promoted:", senior)

	a1 := ann.WithSkill("k8s")
	a2 := ann.WithSkill("rust")
	fmt.Println("branch 1:", a1.Skills())
	fmt.Println("branch 2:", a2.Skills())
	fmt.Println("base    :", ann.Skills())

	team := Team{name: "platform"}
	t1 := team.Add(ann)
	t2 := t1.Add(senior)
	t3 := t1.Add(a2)
	fmt.Println("sizes:", len(team.Members()), len(t1.Members()), len(t2.Members()), len(t3.Members()))
	fmt.Println("payroll t2:", t2.Payroll(), "t3:", t3.Payroll())

	ms := t2.Members()
	ms[0] = ms[0].WithRaise(100)
	fmt.Println("t2 first member unchanged:", t2.Members()[0].Salary())
	for i, m := range t3.Members() {
		fmt.Printf("t3[%d] %s / %s / %v\n", i, m.Name(), m.Title(), m.Skills())
	}
}
