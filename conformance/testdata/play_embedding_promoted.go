package main

import (
	"fmt"
	"strings"
)

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

func (a Animal) Sound() string { return "..." }

type Dog struct {
	Animal
	Breed string
}

// Dog overrides Sound; Animal.Sound still reachable.
func (d Dog) Sound() string { return "Woof" }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) {
	l.lines = append(l.lines, l.prefix+msg)
}

type Service struct {
	*Logger
	Name string
}

type Sounder interface{ Sound() string }

type Describer interface{ Describe() string }

type Both interface {
	Sounder
	Describer
}

type A struct{ ID int }
type B struct{ ID int }
type C struct {
	A
	B
}

func main() {
	d := Dog{Animal{"Rex", 4}, "Beagle"}
	fmt.Println("promoted field:", d.Name, d.Legs)
	fmt.Println("promoted method:", d.Describe())
	fmt.Println("override:", d.Sound(), "| embedded:", d.Animal.Sound())

	d.Rename("Max") // pointer method promoted via addressable d
	fmt.Println("after Rename:", d.Name)
	fmt.Printf("%+v\n", d)

	var s Sounder = d
	fmt.Println("as Sounder:", s.Sound())
	var both Both = d
	fmt.Println("as Both:", both.Describe(), "/", both.Sound())

	svc := Service{&Logger{prefix: "[svc] "}, "api"}
	svc.Log("starting")
	svc.Log("ready")
	fmt.Println(strings.Join(svc.lines, "\n"))

	// Copying struct with embedded pointer shares the Logger
	svc2 := svc
	svc2.Log("from copy")
	fmt.Println("shared log length:", len(svc.lines))

	// Ambiguous selector must be qualified
	c := C{A{1}, B{2}}
	fmt.Println("c.A.ID, c.B.ID:", c.A.ID, c.B.ID)
	fmt.Printf("%+v\n", c)

	// Embedding an interface in a struct
	type Loud struct {
		Sounder
	}
	l := Loud{Dog{}}
	fmt.Println("embedded interface:", l.Sound())
	fmt.Printf("%T %T\n", l.Sounder, l)
}
