package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("base %d", b.ID) }
func (b Base) Hello() string    { return "hello from " + b.Describe() }

type Derived struct {
	Base
	Extra string
}

func (d Derived) Describe() string { return "derived " + d.Extra }

type Describer interface{ Describe() string }

func main() {
	d := Derived{Base{7}, "x"}
	fmt.Println(d.Describe())
	fmt.Println(d.Base.Describe())
	fmt.Println(d.Hello())
	var i Describer = d
	fmt.Println(i.Describe())
}
