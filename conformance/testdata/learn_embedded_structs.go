package main

import "fmt"

type Address struct {
	City string
	Zip  string
}

func (a Address) Label() string {
	return a.City + " (" + a.Zip + ")"
}

type Person struct {
	Name string
	Age  int
	Address
}

func (p *Person) Birthday() {
	p.Age++
}

func (p Person) Greet() string {
	return fmt.Sprintf("Hi, I'm %s, %d, from %s", p.Name, p.Age, p.City)
}

type Employee struct {
	Person
	Title  string
	Salary float64
}

func (e Employee) Greet() string {
	return e.Person.Greet() + " and I'm a " + e.Title
}

func (e *Employee) Raise(pct float64) {
	e.Salary = e.Salary * (1 + pct/100)
}

func main() {
	p := Person{Name: "Ann", Age: 30, Address: Address{"Oslo", "0150"}}
	fmt.Println(p.Greet())
	fmt.Println("label:", p.Label(), "city direct:", p.City, p.Address.City)
	p.Birthday()
	fmt.Printf("%+v\n", p)

	e := Employee{Person: p, Title: "engineer", Salary: 1000}
	fmt.Println(e.Greet())
	fmt.Println(e.Person.Greet())
	e.Birthday()
	e.Raise(10)
	fmt.Printf("%.2f %d %d\n", e.Salary, e.Age, p.Age)
	e.City = "Bergen"
	fmt.Println(e.Label(), "vs", p.Label())
	fmt.Printf("%v\n", e)

	staff := []Employee{e, {Person{"Bo", 22, Address{"Rome", "00100"}}, "intern", 300}}
	for i := range staff {
		staff[i].Raise(50)
	}
	for _, s := range staff {
		fmt.Printf("%-3s %-9s %7.2f %s\n", s.Name, s.Title, s.Salary, s.Label())
	}
	anon := struct {
		Address
		Note string
	}{Address{"Paris", "75001"}, "visit"}
	fmt.Println(anon.Label(), anon.Note, anon)
}
