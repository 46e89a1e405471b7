package main

import (
	"fmt"
	"sort"
	"strings"
)

type Speaker interface {
	Name() string
	Sound() string
}

type Animal struct {
	name string
	legs int
}

func (a *Animal) Name() string  { return a.name }
func (a *Animal) Legs() int     { return a.legs }
func (a *Animal) Sound() string { return "..." }

// Introduce calls a.Sound on *Animal, not on the outer type: no virtual dispatch.
func (a *Animal) Introduce() string {
	return fmt.Sprintf("I am %s and I say %s", a.name, a.Sound())
}

type Dog struct {
	Animal
	breed string
}

func (d *Dog) Sound() string { return "Woof" }
func (d *Dog) Introduce() string {
	return d.Animal.Introduce() + " -- no wait, " + d.Sound() + "!"
}

type Cat struct {
	Animal
	indoor bool
}

func (c *Cat) Sound() string { return "Meow" }

type Bird struct {
	Animal
	canFly bool
}

func (b *Bird) Sound() string { return "Tweet" }

type Fish struct{ Animal }

func NewDog(name, breed string) *Dog   { return &Dog{Animal{name, 4}, breed} }
func NewCat(name string, in bool) *Cat { return &Cat{Animal{name, 4}, in} }
func NewBird(name string) *Bird        { return &Bird{Animal{name, 2}, true} }
func NewFish(name string) *Fish        { return &Fish{Animal{name, 0}} }

type Legged interface{ Legs() int }

func chorus(zoo []Speaker) string {
	parts := make([]string, 0, len(zoo))
	for _, s := range zoo {
		parts = append(parts, s.Sound())
	}
	return strings.Join(parts, " ")
}

func main() {
	zoo := []Speaker{
		NewDog("Rex", "beagle"),
		NewCat("Tom", true),
		NewBird("Tweety"),
		NewFish("Nemo"),
		NewCat("Felix", false),
	}
	for _, s := range zoo {
		fmt.Printf("%-7s %-12T says %s\n", s.Name(), s, s.Sound())
	}
	fmt.Println("chorus:", chorus(zoo))

	d := NewDog("Buddy", "collie")
	fmt.Println(d.Introduce())
	fmt.Println(d.Animal.Introduce())
	fmt.Println("direct field access:", d.name, d.Animal.name, d.breed)

	totalLegs := 0
	for _, s := range zoo {
		if l, ok := s.(Legged); ok {
			totalLegs += l.Legs()
		}
	}
	fmt.Println("total legs:", totalLegs)

	sort.Slice(zoo, func(i, j int) bool { return zoo[i].Name() < zoo[j].Name() })
	names := []string{}
	for _, s := range zoo {
		names = append(names, s.Name())
	}
	fmt.Println("sorted:", strings.Join(names, ", "))

	for _, s := range zoo {
		switch a := s.(type) {
		case *Cat:
			fmt.Printf("%s indoor=%t\n", a.name, a.indoor)
		case *Bird:
			fmt.Printf("%s canFly=%t\n", a.name, a.canFly)
		case *Dog:
			fmt.Printf("%s breed=%s\n", a.name, a.breed)
		default:
			fmt.Printf("%s is just a %T\n", s.Name(), a)
		}
	}
	d.name = "Max"
	fmt.Println("renamed via promoted field:", d.Name())
}
