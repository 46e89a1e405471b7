package main

import "fmt"

type Animal struct {
	Name string
}

func (a Animal) Speak() string    { return a.Name + " makes a sound" }
func (a Animal) Describe() string { return "animal " + a.Name + ": " + a.Speak() }

type Dog struct {
	Animal
	Breed string
}

// Dog.Speak shadows Animal.Speak
func (d Dog) Speak() string { return d.Name + " barks" }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }

type Service struct {
	*Logger
	Name string
}

type Speaker interface{ Speak() string }

type A struct{ X int }
type B struct{ X int }

type Both struct {
	A
	B
	X string // shallower field wins over A.X and B.X
}

func main() {
	d := Dog{Animal: Animal{Name: "Rex"}, Breed: "collie"}
	fmt.Println(d.Speak())
	fmt.Println(d.Animal.Speak())
	// promoted Describe calls Animal.Speak, not Dog.Speak: no virtual dispatch
	fmt.Println(d.Describe())
	fmt.Println("promoted field:", d.Name, "breed:", d.Breed)

	var s Speaker = d
	fmt.Println("via interface:", s.Speak())
	s = d.Animal
	fmt.Println("embedded via interface:", s.Speak())

	// embedded pointer: methods with pointer receivers are promoted
	lg := &Logger{prefix: "[svc] "}
	svc := Service{Logger: lg, Name: "api"}
	svc.Log("start")
	svc.Log("ready")
	fmt.Println(lg.lines, len(svc.lines))

	// copying the outer struct still shares the embedded pointer
	svc2 := svc
	svc2.Log("from copy")
	fmt.Println("lines:", len(lg.lines))

	// field depth resolution
	bt := Both{A: A{1}, B: B{2}, X: "top"}
	fmt.Println(bt.X, bt.A.X, bt.B.X)
	fmt.Printf("%+v\n", bt)

	// struct literal printing shows embedding
	fmt.Printf("%+v\n", d)
}
