package main

import "fmt"

type Address struct {
	Street string
	City   string
}

func (a Address) Full() string { return a.Street + ", " + a.City }

type Contact struct {
	Email string
	Phone string
}

func (c *Contact) SetEmail(e string) { c.Email = e }

func (c Contact) Reach() string { return "email " + c.Email }

type Person struct {
	Name string
	Address
	Contact
}

type Employee struct {
	Person
	ID    int
	Title string
}

// Employee shadows Person's promoted Reach.
func (e Employee) Reach() string {
	return e.Name + " via work " + e.Contact.Reach()
}

type Named interface{ Full() string }

func main() {
	e := Employee{
		Person: Person{
			Name:    "Ada",
			Address: Address{Street: "1 Loop Rd", City: "Cupertino"},
			Contact: Contact{Email: "ada@example.com"},
		},
		ID:    7,
		Title: "Engineer",
	}

	// Promoted fields, several levels deep.
	fmt.Println(e.Name, e.City, e.Email, e.ID)
	fmt.Println(e.Person.Address.City == e.City)

	// Promoted methods.
	fmt.Println("Full:", e.Full())
	e.SetEmail("lovelace@example.com") // pointer method promoted through addressable value
	fmt.Println("Email now:", e.Email)

	// Outer method overrides the promoted one; inner still reachable.
	fmt.Println("Employee.Reach:", e.Reach())
	fmt.Println("Person.Reach:", e.Person.Reach())

	// Promoted methods satisfy interfaces.
	var n Named = e
	fmt.Println("Named:", n.Full())

	// Printing shows the nesting.
	fmt.Printf("%v\n", e)
	fmt.Printf("%+v\n", e)

	// Assigning to a promoted field.
	e.City = "London"
	e.Phone = "555-0100"
	fmt.Printf("%+v\n", e.Person)

	// Copying the outer struct copies the embedded ones.
	e2 := e
	e2.Street = "10 Downing St"
	fmt.Println(e.Street, "|", e2.Street)

	// Struct literal fields are named by their type name.
	p := Person{Name: "Linus", Address: Address{City: "Portland"}}
	fmt.Printf("%+v %q\n", p.Address, p.Contact.Email)
}
