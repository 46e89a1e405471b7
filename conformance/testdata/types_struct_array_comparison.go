package main

import (
	"fmt"
	"reflect"
	"slices"
)

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    string
}

type Grid [3][3]byte

type Tagged struct {
	Name string
	Tags []string // slices make a struct non-comparable with ==
}

func main() {
	a := Point{1, 2}
	b := Point{1, 2}
	c := Point{2, 1}
	fmt.Println("a == b:", a == b, " a == c:", a == c, " a != c:", a != c)

	// Nested structs compare field by field.
	l1 := Line{a, c, "diag"}
	l2 := Line{From: Point{1, 2}, To: Point{2, 1}, Label: "diag"}
	fmt.Println("l1 == l2:", l1 == l2)
	l2.Label = "other"
	fmt.Println("after label change:", l1 == l2)

	// Pointers compare by identity, not content.
	pa, pb := &a, &b
	fmt.Println("pa == pb:", pa == pb, " *pa == *pb:", *pa == *pb, " pa == &a:", pa == &a)

	// Arrays are comparable if their elements are.
	x := [4]int{1, 2, 3, 4}
	y := [...]int{1, 2, 3, 4}
	z := x
	z[3] = 99
	fmt.Println("x == y:", x == y, " x == z:", x == z, "x:", x, "z:", z)

	var g1, g2 Grid
	g1[1][1] = 'X'
	fmt.Println("empty grids differ:", g1 != g2)
	g2[1][1] = 'X'
	fmt.Println("grids equal:", g1 == g2)

	// Comparable structs and arrays can be map keys.
	visits := map[Point]int{}
	for _, p := range []Point{{0, 0}, {1, 1}, {0, 0}, {2, 3}, {1, 1}, {0, 0}} {
		visits[p]++
	}
	fmt.Println(visits)
	board := map[[2]int]string{{0, 0}: "rook", {0, 1}: "knight"}
	fmt.Println(board[[2]int{0, 1}], board)

	// Anonymous structs with identical fields compare with named ones.
	anon := struct{ X, Y int }{1, 2}
	fmt.Println("anon == a:", anon == a)

	// Non-comparable structs: compare manually or with reflect.DeepEqual.
	t1 := Tagged{"go", []string{"fast", "simple"}}
	t2 := Tagged{"go", []string{"fast", "simple"}}
	fmt.Println("manual:", t1.Name == t2.Name && slices.Equal(t1.Tags, t2.Tags))
	fmt.Println("DeepEqual:", reflect.DeepEqual(t1, t2))
	t2.Tags[1] = "fun"
	fmt.Println("DeepEqual after change:", reflect.DeepEqual(t1, t2))

	// Comparing through interfaces.
	var i1, i2 any = Point{5, 5}, Point{5, 5}
	fmt.Println("interfaces equal:", i1 == i2, " different types:", i1 == any([2]int{5, 5}))

	// Zero value comparison.
	var zero Point
	fmt.Println("zero == Point{}:", zero == Point{}, " zero line:", Line{} == Line{Label: ""})
}
