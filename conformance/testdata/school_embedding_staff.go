package main

import (
	"fmt"
	"sort"
)

type Person struct {
	First, Last string
	Age         int
}

func (p Person) FullName() string { return p.First + " " + p.Last }

func (p *Person) Birthday() { p.Age++ }

type Contact struct {
	Email string
}

func (c Contact) Describe() string { return "email <" + c.Email + ">" }

type Teacher struct {
	Person
	Contact
	Subject string
	Salary  int
}

func (t Teacher) Describe() string {
	return fmt.Sprintf("%s teaches %s, %s", t.FullName(), t.Subject, t.Contact.Describe())
}

type HeadTeacher struct {
	*Teacher
	Since int
}

type Describer interface {
	Describe() string
}

type Staff []Describer

func (s Staff) Len() int           { return len(s) }
func (s Staff) Less(i, j int) bool { return s[i].Describe() < s[j].Describe() }
func (s Staff) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	t1 := Teacher{
		Person:  Person{"Nadia", "Okafor", 41},
		Contact: Contact{"n.okafor@school.test"},
		Subject: "Chemistry",
		Salary:  42000,
	}
	t2 := &Teacher{Person{"Liam", "Baker", 29}, Contact{"l.baker@school.test"}, "Music", 35000}
	head := HeadTeacher{Teacher: t2, Since: 2019}

	fmt.Println(t1.FullName(), t1.Age)
	t1.Birthday()
	fmt.Println("after birthday:", t1.Age)

	head.Birthday()
	head.Salary += 5000
	fmt.Printf("head: %s age=%d salary=%d since=%d\n", head.FullName(), head.Age, t2.Salary, head.Since)
	fmt.Println("shared pointer:", head.Teacher == t2)

	fmt.Printf("%+v\n", t1.Person)
	fmt.Println(head.Describe())

	staff := Staff{t1, head, t2, Contact{"office@school.test"}}
	sort.Stable(staff)
	for _, d := range staff {
		fmt.Printf("%-14T %s\n", d, d.Describe())
	}
}
