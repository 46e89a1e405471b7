package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Dump() string { return strings.Join(l.lines, "\n") }

// Embedding a pointer: copies of Service share the same Logger.
type Service struct {
	*Logger
	Name string
}

func (s Service) Start() { s.Log("starting %s", s.Name) }

type Animal struct{ Name string }

func (a Animal) Sound() string { return "..." }
func (a Animal) Describe() string {
	// Calls Animal.Sound, not an "overriding" one: Go has no virtual dispatch.
	return a.Name + " says " + a.Sound()
}

type Dog struct{ Animal }

func (d Dog) Sound() string { return "Woof" }

type Sounder interface{ Sound() string }

type Base struct{ ID int }

func (b *Base) SetID(id int) { b.ID = id }

type Widget struct {
	*Base
	Label string
}

func main() {
	shared := &Logger{prefix: "[svc] "}
	a := Service{Logger: shared, Name: "auth"}
	b := a // copies the pointer, not the Logger
	b.Name = "billing"
	a.Start()
	b.Start()
	a.Log("direct call, %d lines so far", len(shared.lines))
	fmt.Println(shared.Dump())
	fmt.Println("same logger:", a.Logger == b.Logger)

	d := Dog{Animal{"Rex"}}
	fmt.Println("d.Sound():", d.Sound())
	fmt.Println("d.Animal.Sound():", d.Animal.Sound())
	fmt.Println("d.Describe():", d.Describe())

	for _, s := range []Sounder{Animal{"Generic"}, d} {
		fmt.Printf("%T -> %s\n", s, s.Sound())
	}

	w := Widget{Base: &Base{ID: 1}, Label: "button"}
	w.SetID(99)
	fmt.Println("widget id:", w.ID, w.Base.ID)

	// Pointer-embedded methods work even on a non-addressable copy.
	Widget{Base: w.Base}.SetID(100)
	fmt.Println("after SetID on temporary:", w.ID)

	// A nil embedded pointer panics on field access, so check first.
	var empty Widget
	if empty.Base == nil {
		fmt.Println("empty widget has no base")
	}
	fmt.Printf("%+v\n", Widget{Label: "x"})
}
