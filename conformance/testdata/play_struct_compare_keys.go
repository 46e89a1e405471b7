package main

import (
	"fmt"
	"sort"
)

type Point struct {
	X, Y int
}

type Edge struct {
	From, To Point
}

type Tagged struct {
	Name string
	Tags [2]string
}

func main() {
	p1 := Point{1, 2}
	p2 := Point{X: 1, Y: 2}
	p3 := Point{Y: 1, X: 2}
	fmt.Println("p1 == p2:", p1 == p2)
	fmt.Println("p1 == p3:", p1 == p3)
	fmt.Println("p1 != p3:", p1 != p3)

	// Pointers compare by identity
	a, b := &Point{1, 2}, &Point{1, 2}
	fmt.Println("&a == &b (pointers):", a == b, " *a == *b:", *a == *b)

	// Anonymous struct compatible with named struct
	anon := struct{ X, Y int }{1, 2}
	fmt.Println("p1 == anon:", p1 == anon)

	// Structs as map keys
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {0, 0}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println("visits:", visits)

	// Nested struct keys
	edges := map[Edge]string{
		{Point{0, 0}, Point{0, 1}}: "north",
		{Point{0, 0}, Point{1, 0}}: "east",
	}
	fmt.Println("lookup east:", edges[Edge{Point{0, 0}, Point{1, 0}}])
	_, ok := edges[Edge{Point{0, 1}, Point{0, 0}}]
	fmt.Println("reverse edge present:", ok)

	// Arrays inside structs are comparable too
	t1 := Tagged{"x", [2]string{"a", "b"}}
	t2 := Tagged{"x", [2]string{"a", "b"}}
	fmt.Println("t1 == t2:", t1 == t2)
	set := map[Tagged]bool{t1: true}
	fmt.Println("t2 in set:", set[t2])

	// Interface keys: dynamic type matters
	im := map[any]string{}
	im[1] = "int 1"
	im[int64(1)] = "int64 1"
	im[Point{1, 1}] = "point"
	im["1"] = "string 1"
	fmt.Println("len im:", len(im), im[1], "|", im[int64(1)], "|", im[Point{1, 1}])

	// Sorting struct keys for stable output
	keys := make([]Point, 0, len(visits))
	for k := range visits {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].X != keys[j].X {
			return keys[i].X < keys[j].X
		}
		return keys[i].Y < keys[j].Y
	})
	for _, k := range keys {
		fmt.Printf("%+v visited %d time(s)\n", k, visits[k])
	}

	// Comparing interfaces holding structs
	var i1, i2 any = Point{3, 4}, Point{3, 4}
	fmt.Println("i1 == i2:", i1 == i2)

	// Comparing uncomparable dynamic types panics; recover to show it
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var s1, s2 any = []int{1}, []int{1}
		fmt.Println(s1 == s2)
	}()
}
