package main

import "fmt"

type Rect struct {
	W, H int
}

func main() {
	r := Rect{3, 4}
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)
	fmt.Printf("%#v\n", r)
	fmt.Printf("%T\n", r)
	fmt.Printf("%T\n", &r)
}
