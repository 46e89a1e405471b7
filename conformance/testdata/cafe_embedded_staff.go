package main

import (
	"fmt"
	"strings"
)

type Person struct {
	First, Last string
}

func (p Person) FullName() string { return p.First + " " + p.Last }

type Employee struct {
	Person
	ID         int
	HourlyRate float64
	hours      float64
}

func (e *Employee) Clock(h float64) { e.hours += h }
func (e Employee) Pay() float64     { return e.hours * e.HourlyRate }
func (e Employee) Role() string     { return "staff" }

type Barista struct {
	Employee
	Specialties []string
}

func (b Barista) Role() string { return "barista" }

type Manager struct {
	*Employee
	Team []*Barista
}

func (m Manager) Role() string { return "manager" }

type Roler interface {
	Role() string
	FullName() string
	Pay() float64
}

type Logger struct {
	strings.Builder
	prefix string
}

func (l *Logger) Log(msg string) {
	l.WriteString(l.prefix)
	l.WriteString(msg)
	l.WriteByte('\n')
}

func main() {
	ana := &Barista{
		Employee:    Employee{Person: Person{"Ana", "Silva"}, ID: 1, HourlyRate: 16.50},
		Specialties: []string{"latte art", "pour over"},
	}
	ben := &Barista{
		Employee:    Employee{Person: Person{"Ben", "Okafor"}, ID: 2, HourlyRate: 15.00},
		Specialties: []string{"cold brew"},
	}
	boss := Manager{
		Employee: &Employee{Person: Person{"Clara", "Nguyen"}, ID: 3, HourlyRate: 24.00},
		Team:     []*Barista{ana, ben},
	}

	ana.Clock(6)
	ana.Clock(2.5)
	ben.Clock(7)
	boss.Clock(8)

	log := &Logger{prefix: "[shift] "}
	staff := []Roler{ana, ben, boss}
	for _, s := range staff {
		log.Log(fmt.Sprintf("%-13s %-8s pay=%7.2f", s.FullName(), s.Role(), s.Pay()))
	}
	fmt.Print(log.String())
	fmt.Println("log length in bytes:", log.Len())

	fmt.Println("promoted field:", ana.First, "| explicit path:", ana.Employee.Person.Last)
	fmt.Println("shadowed role vs embedded role:", ana.Role(), "/", ana.Employee.Role())
	fmt.Println("ben specialties:", strings.Join(ben.Specialties, ", "))

	team := 0.0
	for _, b := range boss.Team {
		team += b.Pay()
	}
	fmt.Printf("team payroll: %.2f, manager hours via pointer embed: %.1f\n", team, boss.hours)
	fmt.Printf("%+v\n", ben.Employee.Person)
}
