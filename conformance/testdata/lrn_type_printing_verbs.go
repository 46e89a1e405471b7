package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Points []Point
	Closed bool
}

func (p Point) Add(q Point) Point {
	return Point{p.X + q.X, p.Y + q.Y}
}

func main() {
	p := Point{3, 4}
	fmt.Println("Println:", p)
	fmt.Printf("%%v: %v\n", p)
	fmt.Printf("%%+v: %+v\n", p)
	fmt.Printf("%%#v: %#v\n", p)
	fmt.Printf("%%T: %T\n", p)

	pp := &Point{1, 2}
	fmt.Println("pointer:", pp)
	fmt.Printf("pointer %%+v: %+v\n", pp)
	fmt.Println("sum:", p.Add(*pp))

	pts := []Point{{0, 0}, {1, 0}, {1, 1}}
	fmt.Println("slice of structs:", pts)
	fmt.Printf("slice %%+v: %+v\n", pts)
	tri := Shape{"triangle", pts, true}
	fmt.Printf("shape: %+v\n", tri)
	fmt.Printf("shape pointer: %v\n", &tri)

	nested := [][]int{{1}, {2, 3}, {}, nil}
	fmt.Println("nested:", nested, "len:", len(nested))

	m := map[string][]int{"b": {2}, "a": {1, 1}, "c": nil}
	fmt.Println("map of slices:", m)
	mp := map[Point]string{{2, 1}: "second", {1, 5}: "first"}
	fmt.Println("map with struct keys:", mp)

	var err error
	fmt.Println("nil error:", err)
	err = errors.New("disk full")
	fmt.Println("error:", err)
	fmt.Printf("error %%v: %v, %%T: %T\n", err, err)
	wrapped := fmt.Errorf("save failed: %w", err)
	fmt.Println("wrapped:", wrapped)
	fmt.Println("unwrap:", errors.Unwrap(wrapped))

	var nilPtr *Point
	var nilMap map[string]int
	var nilSlice []string
	var nothing any
	fmt.Println("nil values:", nilPtr, nilMap, nilSlice, nothing)
	fmt.Printf("nil types: %T %T %T %T\n", nilPtr, nilMap, nilSlice, nothing)

	fmt.Println("booleans:", true, false, 3 > 2, p == Point{3, 4})
	fmt.Printf("%%t: %t, %%5.2f: %5.2f, %%05d: %05d, %%x: %x\n", true, 3.14159, 42, 255)
	fmt.Printf("%%q: %q, %%c: %c, %%U: %U\n", "hi", 'G', 'G')
	fmt.Printf("%%8s|%%-8s|: %8s|%-8s|\n", "right", "left")
	fmt.Printf("%%e: %e, %%g: %g\n", 123456.789, 0.000012)
	fmt.Printf("types: %T %T %T %T %T\n", 1, 1.0, "s", 'r', []any{1, "x"})
	arr := [3]bool{true, false, true}
	fmt.Println("array:", arr)
	fmt.Printf("%v %d %s\n", []byte("go"), []byte("go"), []byte("go"))
}
