package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    string
	Tags     []string
	Meta     map[string]int
}

type Celsius float64

func main() {
	l := Line{Point{1, 2}, Point{3, 4}, "diag", []string{"a", "b"}, map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	fmt.Printf("%T %T %T\n", l, l.Meta, Celsius(1))
	fmt.Printf("%#v %#v %#v %#v\n", Celsius(36.6), []any{1, "x", nil}, [2]bool{true}, struct{ A *int }{})
	var np *Point
	fmt.Printf("%v %+v\n", np, []*Point{nil})
	fmt.Printf("%v %d %s\n", &l.From, Point{5, 6}, []string{"q", "r"})
}
