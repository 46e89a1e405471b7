package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func (p *Point) Scale(k int) {
	p.X *= k
	p.Y *= k
}

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string) string { return g.greeting + ", " + name + "!" }

func apply(names []string, f func(string) string) []string {
	out := make([]string, 0, len(names))
	for _, n := range names {
		out = append(out, f(n))
	}
	return out
}

func main() {
	p := Point{1, 2}

	// Method value: receiver is bound (copied for value receivers) at evaluation time.
	addToP := p.Add
	p = Point{100, 100}
	fmt.Println("method value bound earlier:", addToP(Point{10, 10}))

	// Method value with pointer receiver binds the pointer.
	q := Point{3, 4}
	scaleQ := q.Scale
	scaleQ(2)
	scaleQ(3)
	fmt.Println("q after scaleQ twice:", q)

	// Method expressions: receiver becomes the first parameter.
	add := Point.Add
	fmt.Println("Point.Add:", add(Point{1, 1}, Point{2, 2}))
	fmt.Printf("type of Point.Add: %T\n", add)

	scale := (*Point).Scale
	r := Point{5, 6}
	scale(&r, 10)
	fmt.Println("(*Point).Scale:", r)
	fmt.Printf("type of (*Point).Scale: %T\n", scale)

	// Value methods are also in the pointer method set.
	str := (*Point).String
	fmt.Println("(*Point).String:", str(&r))

	// Passing method values as function arguments.
	hello := Greeter{"Hello"}
	hi := Greeter{"Hi"}
	names := []string{"Ada", "Linus"}
	fmt.Println(apply(names, hello.Greet))
	fmt.Println(apply(names, hi.Greet))
	fmt.Println(apply(names, strings.ToUpper))

	// A method expression used with a list of receivers.
	greet := Greeter.Greet
	for _, g := range []Greeter{hello, hi, {"Howdy"}} {
		fmt.Println(greet(g, "Grace"))
	}

	// Storing method values in a map.
	ops := map[string]func(Point) Point{
		"origin": Point{}.Add,
		"shift":  Point{1, -1}.Add,
	}
	fmt.Println(ops["origin"](Point{7, 7}), ops["shift"](Point{7, 7}))
}
