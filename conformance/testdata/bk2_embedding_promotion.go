package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a Animal) Sound() string    { return "..." }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

// Sound shadows the promoted Animal.Sound.
func (d Dog) Sound() string { return "Woof" }

type Puppy struct {
	*Dog
	AgeMonths int
}

func (p Puppy) Sound() string { return "Yip (" + p.Dog.Sound() + ")" }

type Speaker interface{ Sound() string }

type Logger struct{ prefix string }

func (l Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	Logger
	Name string
}

func (s Service) Start() { s.Log("starting " + s.Name) }

type A struct{ ID int }

func (A) Hello() string { return "A" }

type B struct{ ID int }

func (B) Hello() string { return "B" }

// AB embeds two types with a Hello method at the same depth, so it must
// define its own to make Hello usable.
type AB struct {
	A
	B
}

func (ab AB) Hello() string { return ab.A.Hello() + "+" + ab.B.Hello() }

func main() {
	d := Dog{Animal{"Rex", 4}, "Collie"}
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)

	p := Puppy{Dog: &d, AgeMonths: 3}
	p.Rename("Buddy")
	fmt.Println(d.Name, p.Name, p.Legs, p.Breed)
	fmt.Println(p.Sound())

	speakers := []Speaker{d.Animal, d, p, &d, &d.Animal}
	for _, s := range speakers {
		fmt.Printf("%-13T %s\n", s, s.Sound())
	}
	fmt.Printf("%+v\n", d)
	fmt.Printf("%v\n", d)

	s := Service{Logger{"[svc] "}, "db"}
	s.Start()
	s.Log("direct call")
	s.prefix = "[new] "
	s.Start()

	ab := AB{A{1}, B{2}}
	fmt.Println(ab.Hello(), ab.A.ID, ab.B.ID)

	f := d.Describe
	d.Legs = 3
	fmt.Println(f(), "/", d.Describe())

	g := Dog.Describe
	fmt.Println(g(Dog{Animal: Animal{Name: "Fido", Legs: 4}}))
}
