package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	Tags  []string
	Meta  map[string]int
	Next  *Point
}

func main() {
	l := Line{Point{1, 2}, Point{3, 4}, "l1", []string{"x"}, map[string]int{"b": 2, "a": 1}, nil}
	fmt.Printf("%v\n", l)
	fmt.Printf("%+v\n", l)
	fmt.Printf("%#v\n", l)
	fmt.Printf("%v %+v\n", &l.A, &l.A)
	fmt.Printf("%#v %#v %#v\n", []int{1}, map[string]bool{"t": true}, [2]string{"a", "b"})
}
