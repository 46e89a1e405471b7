package main

import "fmt"

type Resource struct{ name string }

func Open(name string) *Resource {
	fmt.Println("open", name)
	return &Resource{name}
}

func (r *Resource) Close() { fmt.Println("close", r.name) }

func main() {
	a := Open("a")
	defer a.Close()
	b := Open("b")
	defer b.Close()
	fmt.Println("using", a.name, b.name)
}
