package main

import (
	"fmt"
	"strings"
)

type Speaker interface {
	Speak() string
	Name() string
}

// Animal carries common state and default behaviour.
type Animal struct {
	name string
	legs int
}

func (a Animal) Name() string     { return a.name }
func (a Animal) Legs() int        { return a.legs }
func (a Animal) Speak() string    { return "..." }
func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.name, a.legs) }

type Dog struct {
	Animal
	Breed string
}

// Speak overrides the promoted Animal.Speak.
func (d Dog) Speak() string { return "Woof" }

type Cat struct {
	Animal
	Indoor bool
}

func (c Cat) Speak() string { return "Meow" }

// Describe overrides and then calls the embedded version explicitly.
func (c Cat) Describe() string {
	where := "outdoor"
	if c.Indoor {
		where = "indoor"
	}
	return c.Animal.Describe() + " and is an " + where + " cat"
}

type Fish struct {
	Animal
}

type Puppy struct {
	Dog
	AgeWeeks int
}

func (p Puppy) Speak() string { return strings.Repeat("Yip ", 2) + "(" + p.Dog.Speak() + ")" }

func chorus(speakers ...Speaker) {
	for i, s := range speakers {
		fmt.Printf("%d. %-8s says %q\n", i+1, s.Name(), s.Speak())
	}
}

func main() {
	rex := Dog{Animal{"Rex", 4}, "Beagle"}
	tom := Cat{Animal: Animal{name: "Tom", legs: 4}, Indoor: true}
	nemo := Fish{Animal{name: "Nemo"}}
	bit := Puppy{Dog: Dog{Animal{"Bit", 4}, "Corgi"}, AgeWeeks: 9}

	chorus(rex, tom, nemo, bit)

	fmt.Println(rex.Describe())
	fmt.Println(tom.Describe())
	fmt.Println(nemo.Describe())
	fmt.Println(bit.Describe())

	// The promoted field is reachable at every depth.
	fmt.Println(bit.name, bit.Dog.name, bit.Dog.Animal.name, bit.Breed, bit.AgeWeeks)

	// Calling the embedded method directly bypasses the override.
	fmt.Println(rex.Speak(), "vs", rex.Animal.Speak())
	fmt.Println(bit.Speak(), "vs", bit.Dog.Speak(), "vs", bit.Dog.Animal.Speak())

	// %+v shows the embedding structure.
	fmt.Printf("%+v\n", rex)
	fmt.Printf("%+v\n", bit)
	fmt.Printf("%v\n", tom)

	legs := 0
	for _, a := range []interface{ Legs() int }{rex, tom, nemo, bit} {
		legs += a.Legs()
	}
	fmt.Println("total legs:", legs)
}
