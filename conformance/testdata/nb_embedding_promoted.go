package main

import (
	"fmt"
	"strings"
	"sync"
)

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s with %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

func (a Animal) Sound() string { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" }

type Bird struct {
	*Animal
	CanFly bool
}

type Speaker interface {
	Sound() string
	Describe() string
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }

type Service struct {
	*Logger
	Name string
}

type Counter struct {
	sync.Mutex
	n int
}

type Upper struct {
	fmt.Stringer
}

func (u Upper) String() string { return strings.ToUpper(u.Stringer.String()) }

type label string

func (l label) String() string { return string(l) }

func main() {
	// Step 1: promoted fields
	d := Dog{Animal{"Rex", 4}, "beagle"}
	fmt.Println("step 1:", d.Name, d.Legs, d.Breed)

	// Step 2: promoted methods
	fmt.Println("step 2:", d.Describe())

	// Step 3: the outer type's method wins over the embedded one
	fmt.Println("step 3:", d.Sound(), d.Animal.Sound())

	// Step 4: pointer methods are promoted on addressable values
	d.Rename("Max")
	fmt.Println("step 4:", d.Name, d.Animal.Name)

	// Step 5: printing shows the nested structure
	fmt.Printf("step 5: %+v\n", d)

	// Step 6: interfaces are satisfied through promotion
	speakers := []Speaker{d, Animal{"Snake", 0}}
	for _, s := range speakers {
		fmt.Printf("step 6: %T says %s (%s)\n", s, s.Sound(), s.Describe())
	}

	// Step 7: embedding a pointer shares the embedded value
	shared := &Animal{"Tweety", 2}
	b1 := Bird{shared, true}
	b2 := Bird{shared, false}
	b1.Rename("Polly")
	fmt.Println("step 7:", b1.Name, b2.Name, b2.Describe())

	// Step 8: embedding a pointer to a logger
	svc := Service{&Logger{prefix: "[svc] "}, "billing"}
	svc.Log("started")
	svc.Log("charged 3 cards")
	for _, l := range svc.lines {
		fmt.Println("step 8:", l)
	}

	// Step 9: embedding sync.Mutex gives Lock and Unlock
	var c Counter
	var wg sync.WaitGroup
	for range 10 {
		wg.Go(func() {
			c.Lock()
			c.n++
			c.Unlock()
		})
	}
	wg.Wait()
	fmt.Println("step 9: counter", c.n)

	// Step 10: embedding an interface and decorating it
	u := Upper{label("quiet words")}
	fmt.Println("step 10:", u)

	// Step 11: struct comparison includes embedded fields
	d2 := Dog{Animal{"Max", 4}, "beagle"}
	fmt.Println("step 11:", d == d2)
	d2.Legs = 3
	fmt.Println("step 12:", d == d2)

	// Step 13: the embedded field's name is its type name
	a := d.Animal
	a.Name = "Copy"
	fmt.Println("step 13:", a.Name, d.Name)

	// Step 14: a method expression on the embedded type
	describe := Animal.Describe
	fmt.Println("step 14:", describe(d.Animal))

	// Step 15: a method value bound to a receiver
	describeNow := d.Describe
	d.Name = "Changed"
	fmt.Println("step 15:", describeNow(), "/", d.Name)
}
