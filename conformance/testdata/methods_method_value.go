package main

import "fmt"

type Greeter struct{ name string }

func (g Greeter) Hello(who string) string { return g.name + " greets " + who }

type Acc struct{ total int }

func (a *Acc) Add(n int) { a.total += n }

func main() {
	g := Greeter{"Ann"}
	f := g.Hello
	g.name = "Bob"
	fmt.Println(f("Cid"))
	var a Acc
	add := a.Add
	for i := range 5 {
		add(i)
	}
	fmt.Println(a.total)
}
