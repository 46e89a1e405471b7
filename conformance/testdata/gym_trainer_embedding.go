package main

import (
	"fmt"
	"strings"
)

type Person struct {
	First, Last string
	Age         int
}

func (p Person) FullName() string { return p.First + " " + p.Last }

func (p *Person) Birthday() { p.Age++ }

type Contact struct {
	Email string
	Phone string
}

func (c Contact) Reach() string {
	if c.Email != "" {
		return "email " + c.Email
	}
	return "phone " + c.Phone
}

type Trainer struct {
	Person
	Contact
	Specialties []string
	HourlyRate  float64
}

func (t Trainer) FullName() string {
	return "Coach " + t.Person.FullName()
}

type Member struct {
	Person
	Contact
	Goal string
}

type Greeter interface {
	FullName() string
}

func greet(g Greeter) string {
	return "Hello, " + g.FullName() + "!"
}

func main() {
	t := Trainer{
		Person:      Person{First: "Dana", Last: "Ortiz", Age: 34},
		Contact:     Contact{Email: "dana@gym.example"},
		Specialties: []string{"powerlifting", "mobility"},
		HourlyRate:  55,
	}
	m := Member{
		Person:  Person{First: "Eli", Last: "Park", Age: 27},
		Contact: Contact{Phone: "555-0142"},
		Goal:    "first pull-up",
	}

	fmt.Println(greet(t))
	fmt.Println(greet(m))
	fmt.Println("trainer base name:", t.Person.FullName())
	fmt.Println("reach trainer by", t.Reach())
	fmt.Println("reach member by", m.Reach())

	m.Birthday()
	t.Birthday()
	fmt.Printf("ages after birthdays: %s=%d, %s=%d\n", t.First, t.Age, m.First, m.Age)

	fmt.Printf("%s teaches %s at $%.2f/h\n", t.FullName(), strings.Join(t.Specialties, " & "), t.HourlyRate)
	fmt.Printf("%s wants: %q\n", m.FullName(), m.Goal)

	fmt.Printf("%+v\n", m.Person)
	fmt.Printf("%+v\n", t.Contact)

	people := []Greeter{t, m, Person{First: "Fay", Last: "Ng"}}
	for _, g := range people {
		switch v := g.(type) {
		case Trainer:
			fmt.Println("trainer:", v.Last, len(v.Specialties), "specialties")
		case Member:
			fmt.Println("member:", v.Last, "goal", v.Goal)
		default:
			fmt.Printf("other %T: %s\n", v, v.FullName())
		}
	}
}
