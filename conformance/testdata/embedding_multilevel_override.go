package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string    { return a.Name + " makes a sound" }
func (a Animal) Describe() string { return "I am " + a.Name + "; " + a.Speak() }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Puppy struct {
	Dog
	Age int
}

func (p *Puppy) Birthday() { p.Age++ }

type Speaker interface{ Speak() string }

func main() {
	p := Puppy{Dog: Dog{Animal: Animal{Name: "Rex"}, Breed: "lab"}, Age: 1}
	fmt.Println(p.Speak())
	fmt.Println(p.Describe())
	fmt.Println(p.Animal.Speak())
	p.Birthday()
	fmt.Println(p.Name, p.Breed, p.Age)
	fmt.Printf("%+v\n", p)
	speakers := []Speaker{p.Animal, p.Dog, p, &p}
	for _, s := range speakers {
		fmt.Printf("%T: %s\n", s, s.Speak())
	}
	p.Dog.Name = "Max"
	fmt.Println(p.Speak(), "/", p.Animal.Name)
}
