package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	Prefix string
	Lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.Lines = append(l.Lines, l.Prefix+fmt.Sprintf(format, args...))
}

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Sound() string { return "..." }
func (a Animal) Describe() string {
	// Note: this calls Animal.Sound, not an "overriding" method; Go has no virtual dispatch.
	return fmt.Sprintf("%s has %d legs and says %s", a.Name, a.Legs, a.Sound())
}

type Dog struct {
	Animal
	*Logger
	Breed string
}

// Sound shadows Animal.Sound for Dog values.
func (d Dog) Sound() string { return "woof" }

// Describe overrides and explicitly reuses the embedded method.
func (d Dog) Describe() string {
	d.Log("describe %s", d.Name)
	base := d.Animal.Describe()
	return base + " (actually " + d.Sound() + ", a " + d.Breed + ")"
}

type Bird struct {
	Animal
	CanFly bool
}

func (b Bird) Sound() string { return "tweet" }

type Describer interface{ Describe() string }
type Sounder interface{ Sound() string }

func main() {
	log := &Logger{Prefix: "[pets] "}
	rex := Dog{Animal: Animal{"Rex", 4}, Logger: log, Breed: "beagle"}
	tweety := Bird{Animal{"Tweety", 2}, true}

	fmt.Println(rex.Describe())
	fmt.Println(tweety.Describe())
	fmt.Println(rex.Sound(), rex.Animal.Sound(), tweety.Sound(), tweety.Animal.Sound())

	// promoted fields and methods
	fmt.Println(rex.Name, rex.Legs, rex.Prefix, tweety.Legs)
	rex.Log("%s is a %s", rex.Name, rex.Breed)
	rex.Logger.Log("direct call through the embedded pointer")

	things := []Describer{rex, tweety, Animal{"Worm", 0}}
	for _, t := range things {
		s, _ := t.(Sounder)
		fmt.Printf("%-12T sound=%-6s %v\n", t, s.Sound(), strings.HasPrefix(t.Describe(), "Rex"))
	}

	fmt.Println(strings.Join(log.Lines, "\n"))
	fmt.Printf("%+v\n", tweety)
	fmt.Printf("%v\n", rex.Animal)
}
