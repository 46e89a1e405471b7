package main

import "fmt"

type Person struct {
	First, Last string
}

func (p Person) FullName() string { return p.First + " " + p.Last }

type Shift struct {
	Start, End int // hours on a 24h clock
}

func (s Shift) Hours() int {
	if s.End < s.Start {
		return s.End + 24 - s.Start
	}
	return s.End - s.Start
}

type Employee struct {
	Person
	Shift
	Rate float64
}

func (e Employee) Pay() float64 { return float64(e.Hours()) * e.Rate }

type Baker struct {
	Employee
	Specialty string
}

// Pay overrides the embedded method: bakers get a night bonus.
func (b Baker) Pay() float64 {
	base := b.Employee.Pay()
	if b.Start < 6 || b.Start >= 22 {
		base *= 1.25
	}
	return base
}

type Cashier struct {
	Employee
	Till int
}

type Payable interface {
	FullName() string
	Pay() float64
}

func (c *Cashier) MoveTill(n int) { c.Till = n }

func main() {
	ana := Baker{
		Employee:  Employee{Person{"Ana", "Lopes"}, Shift{3, 11}, 18},
		Specialty: "sourdough",
	}
	ben := Baker{
		Employee:  Employee{Person{"Ben", "Okafor"}, Shift{8, 16}, 18},
		Specialty: "pastry",
	}
	cara := &Cashier{Employee{Person{"Cara", "Nilsen"}, Shift{22, 6}, 15}, 1}

	staff := []Payable{ana, ben, cara}
	total := 0.0
	for _, s := range staff {
		fmt.Printf("%-12s %8.2f\n", s.FullName(), s.Pay())
		total += s.Pay()
	}
	fmt.Printf("%-12s %8.2f\n", "payroll", total)

	fmt.Println(ana.First, "works", ana.Hours(), "hours on", ana.Specialty)
	fmt.Println("promoted field Start:", ana.Start, "==", ana.Employee.Shift.Start)
	fmt.Printf("ben without bonus: %.2f, with override: %.2f\n", ben.Employee.Pay(), ben.Pay())

	cara.MoveTill(3)
	fmt.Printf("%s now on till %d, shift %d hours\n", cara.FullName(), cara.Till, cara.Hours())
	fmt.Printf("%+v\n", cara.Person)
	fmt.Printf("%+v\n", ana.Shift)
}
