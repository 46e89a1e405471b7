package main

import "fmt"

type Inner struct {
	Name  string
	Depth int
}

type Outer struct {
	Inner
	Name string
}

func main() {
	o := Outer{Inner{"inner", 1}, "outer"}
	fmt.Println(o.Name, o.Inner.Name, o.Depth)
	o.Depth++
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o)
}
