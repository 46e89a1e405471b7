package main

import "fmt"

type T struct {
	A int
	P *int
}

func main() {
	var p *T
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	var m map[string]int
	var s []int
	var f func()
	var i any
	fmt.Println(m, s, f == nil, i)
	fmt.Printf("%#v %#v %#v\n", m, s, i)
	fmt.Printf("%+v\n", T{A: 1})
}
