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
	ID    int
	Shift string
	hours int
}

func (e *Employee) Log(h int) { e.hours += h }

func (e Employee) Badge() string {
	return fmt.Sprintf("[%04d] %s", e.ID, strings.ToUpper(e.Last))
}

type Receptionist struct {
	Employee
	Languages []string
}

// Badge shadows the embedded Employee.Badge and calls it explicitly.
func (r Receptionist) Badge() string {
	return r.Employee.Badge() + " speaks " + strings.Join(r.Languages, "/")
}

type Manager struct {
	Employee
	Reports []*Employee
}

func (m *Manager) TeamHours() int {
	total := m.hours
	for _, e := range m.Reports {
		total += e.hours
	}
	return total
}

type Badger interface{ Badge() string }

type Logger interface{ Log(int) }

func main() {
	rec := Receptionist{
		Employee:  Employee{Person: Person{"Lena", "Weiss"}, ID: 17, Shift: "early"},
		Languages: []string{"de", "en", "fr"},
	}
	cook := &Employee{Person: Person{"Tomas", "Ruiz"}, ID: 204, Shift: "late"}
	mgr := &Manager{
		Employee: Employee{Person: Person{"Grace", "Osei"}, ID: 3, Shift: "day"},
		Reports:  []*Employee{&rec.Employee, cook},
	}

	// Promoted fields and methods.
	fmt.Println(rec.FullName(), "works the", rec.Shift, "shift")
	fmt.Println(mgr.First, "manages", len(mgr.Reports), "people")

	rec.Log(8)
	cook.Log(6)
	cook.Log(4)
	mgr.Log(9)
	fmt.Println("team hours:", mgr.TeamHours())

	badges := []Badger{rec, *cook, mgr}
	for _, b := range badges {
		fmt.Printf("%-18T %s\n", b, b.Badge())
	}

	// Only pointers have Log in their method set.
	var loggers []Logger = []Logger{&rec, cook, mgr}
	for _, l := range loggers {
		l.Log(1)
	}
	fmt.Println("after one more hour each:", mgr.TeamHours())

	fmt.Printf("%+v\n", rec.Person)
	fmt.Printf("%+v\n", *cook)
}
