package main

import "fmt"

// class Animal: def speak(self): return "..."; def describe(self): return f"{self.name} says {self.speak()}"
type Animal struct {
	Name string
	Legs int
}

func (a *Animal) Speak() string { return "..." }

// In Python describe() would dispatch to the subclass speak(); in Go it does not.
func (a *Animal) Describe() string {
	return fmt.Sprintf("%s says %s", a.Name, a.Speak())
}

func (a *Animal) Walk() string { return fmt.Sprintf("%s walks on %d legs", a.Name, a.Legs) }

type Dog struct {
	Animal
	Breed string
}

func (d *Dog) Speak() string { return "Woof" }

type Cat struct {
	*Animal
	Indoor bool
}

func (c Cat) Speak() string { return "Meow" }

// super().describe() emulation plus extra text
func (c Cat) Describe() string {
	return c.Animal.Describe() + fmt.Sprintf(" (indoor=%v)", c.Indoor)
}

type Speaker interface{ Speak() string }

// The Go way: pass the interface explicitly for "virtual" behaviour
func describe(name string, s Speaker) string {
	return fmt.Sprintf("%s says %s", name, s.Speak())
}

func NewDog(name, breed string) *Dog {
	return &Dog{Animal: Animal{Name: name, Legs: 4}, Breed: breed}
}

func main() {
	d := NewDog("Rex", "collie")
	c := Cat{Animal: &Animal{Name: "Tom", Legs: 4}, Indoor: true}
	base := &Animal{Name: "Generic", Legs: 2}

	fmt.Println(d.Speak(), c.Speak(), base.Speak())
	fmt.Println(d.Animal.Speak(), "<- explicit base call")
	fmt.Println(d.Describe(), "<- no virtual dispatch")
	fmt.Println(c.Describe())
	fmt.Println(describe(d.Name, d), "|", describe(c.Name, c), "|", describe(base.Name, base))
	fmt.Println(d.Walk())
	fmt.Println(c.Walk())

	// promoted fields
	d.Legs = 3
	fmt.Println(d.Name, d.Legs, d.Animal.Legs, d.Breed)

	// isinstance checks via type switch
	animals := []Speaker{d, c, base}
	for i, a := range animals {
		switch v := a.(type) {
		case *Dog:
			fmt.Println(i, "Dog", v.Breed)
		case Cat:
			fmt.Println(i, "Cat", v.Indoor)
		case *Animal:
			fmt.Println(i, "Animal", v.Name)
		}
	}
	// hasattr(obj, "Walk")
	type walker interface{ Walk() string }
	for _, a := range animals {
		if w, ok := a.(walker); ok {
			fmt.Println("can walk:", w.Walk())
		}
	}
	// Cat embeds a pointer: copies share the Animal
	c2 := c
	c2.Name = "Shared"
	fmt.Println(c.Name, c2.Name)
	// Dog embeds a value: copies are independent
	d2 := *d
	d2.Name = "Copy"
	fmt.Println(d.Name, d2.Name)
	fmt.Printf("%+v\n", *d)
}
