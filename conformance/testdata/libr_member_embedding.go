package main

import "fmt"

// Person holds contact data shared by staff and patrons.
type Person struct {
	First, Last string
	Email       string
}

func (p Person) FullName() string { return p.First + " " + p.Last }

func (p *Person) ChangeEmail(e string) { p.Email = e }

// Card is a library card with a borrowing limit.
type Card struct {
	Number int
	Limit  int
}

func (c Card) Describe() string { return fmt.Sprintf("card #%06d (limit %d)", c.Number, c.Limit) }

// Patron embeds both Person and Card, so their methods are promoted.
type Patron struct {
	Person
	Card
	Borrowed []string
}

func (p *Patron) Borrow(title string) bool {
	if len(p.Borrowed) >= p.Limit {
		return false
	}
	p.Borrowed = append(p.Borrowed, title)
	return true
}

// Librarian embeds Person and overrides FullName.
type Librarian struct {
	Person
	Branch string
}

func (l Librarian) FullName() string {
	return "Librarian " + l.Person.FullName()
}

type Named interface{ FullName() string }

func main() {
	p := &Patron{
		Person: Person{"Grace", "Hopper", "grace@example.org"},
		Card:   Card{Number: 4521, Limit: 2},
	}
	fmt.Println(p.FullName())
	fmt.Println(p.Describe())

	for _, t := range []string{"Cobol Basics", "Compilers", "Navy History"} {
		fmt.Printf("borrow %-14q ok=%v\n", t, p.Borrow(t))
	}
	fmt.Println("borrowed:", p.Borrowed)

	p.ChangeEmail("ghopper@example.org")
	fmt.Println("email now:", p.Email, "| via Person:", p.Person.Email)

	l := Librarian{Person{"Melvil", "Dewey", "md@example.org"}, "Central"}
	names := []Named{p, l, l.Person}
	for _, n := range names {
		fmt.Printf("%-18T %s\n", n, n.FullName())
	}

	fmt.Printf("%+v\n", p.Card)
	fmt.Printf("%+v\n", l)

	p.Limit = 5
	fmt.Println(p.Describe(), "borrow again:", p.Borrow("Navy History"), len(p.Borrowed))
}
