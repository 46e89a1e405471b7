package main

import "fmt"

type Box struct{ v int }

func (b *Box) Set(v int) { b.v = v }
func (b Box) Get() int   { return b.v }

func main() {
	set := (*Box).Set
	get := (*Box).Get
	b := &Box{}
	set(b, 42)
	fmt.Println(get(b), b.v)
	fns := []func(*Box, int){(*Box).Set}
	fns[0](b, 7)
	fmt.Println(Box.Get(*b))
}
