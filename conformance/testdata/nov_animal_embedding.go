package main

import "fmt"

// Go doesnt have classes or inheritance, so we use embedding

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a Animal) Sound() string {
	return "..."
}

type Dog struct {
	Animal
	Breed string
}

// "override"
func (d Dog) Sound() string {
	return "Woof"
}

type Bird struct {
	Animal
	CanFly bool
}

func (b Bird) Sound() string {
	return "Tweet"
}

type Puppy struct {
	Dog
	AgeMonths int
}

func main() {
	generic := Animal{Name: "Thing", Legs: 4}
	rex := Dog{Animal: Animal{Name: "Rex", Legs: 4}, Breed: "Beagle"}
	tweety := Bird{Animal{"Tweety", 2}, true}
	penguin := Bird{Animal{"Pingu", 2}, false}
	bits := Puppy{Dog{Animal{"Bits", 4}, "Corgi"}, 3}

	fmt.Println(generic.Describe(), "and says", generic.Sound())
	fmt.Println(rex.Describe(), "and says", rex.Sound())
	fmt.Println("  rex's animal part says", rex.Animal.Sound())
	fmt.Println("  rex is a", rex.Breed)
	fmt.Println(tweety.Describe(), "and says", tweety.Sound())
	fmt.Println(bits.Describe(), "and says", bits.Sound())
	fmt.Println("  bits is", bits.AgeMonths, "months old and a", bits.Breed)

	for _, b := range []Bird{tweety, penguin} {
		if b.CanFly {
			fmt.Println(b.Name, "can fly")
		} else {
			fmt.Println(b.Name, "cannot fly :(")
		}
	}

	// promoted fields can be changed directly
	rex.Name = "Rex II"
	rex.Legs = 3
	fmt.Println(rex.Describe())
	fmt.Printf("%+v\n", rex)
	fmt.Printf("%+v\n", bits)
}
