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
	Origin Point
	Points []Point
	Tags   map[string]int
	Parent *Shape
	Note   *string
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Reading struct {
	Place string
	Temp  Celsius
}

func main() {
	note := "closed"
	root := &Shape{Name: "root"}
	s := Shape{
		Name:   "tri",
		Origin: Point{1, 2},
		Points: []Point{{0, 0}, {3, 0}, {0, 4}},
		Tags:   map[string]int{"zeta": 26, "alpha": 1, "mid": 13},
		Parent: root,
		Note:   &note,
	}
	fmt.Printf("%v\n", s.Origin)
	fmt.Printf("%+v\n", s.Origin)
	fmt.Printf("%#v\n", s.Origin)
	fmt.Printf("%v\n", s.Points)
	fmt.Printf("%+v\n", s.Points)
	fmt.Printf("%v\n", s.Tags)
	fmt.Printf("%#v\n", s.Tags)
	fmt.Printf("%v\n", root)
	fmt.Printf("%+v\n", root)
	fmt.Printf("%v\n", *s.Parent)

	nested := map[string][]int{"odd": {1, 3, 5}, "even": {2, 4}, "none": nil}
	fmt.Println(nested)
	grid := [][]string{{"a", "b"}, {}, {"c"}}
	fmt.Println(grid, len(grid))
	fmt.Printf("%q\n", grid)

	byPoint := map[Point]string{{2, 1}: "b", {1, 9}: "a", {1, 2}: "c"}
	fmt.Println(byPoint)

	readings := []Reading{{"Oslo", -3.25}, {"Cairo", 31}}
	fmt.Println(readings)
	fmt.Printf("%+v\n", readings[0])
	fmt.Printf("%v %s %.2f\n", readings[1].Temp, readings[1].Temp, float64(readings[1].Temp))

	var empty []int
	var nilMap map[string]bool
	var nilPtr *Point
	var iface any
	fmt.Println(empty, nilMap, nilPtr, iface)
	fmt.Printf("%#v %#v %#v\n", empty, []int{}, nilMap)

	mixed := []any{1, "two", 3.0, Point{4, 4}, &Point{5, 5}, nil, errors.New("six"), []byte("7")}
	fmt.Println(mixed...)
	fmt.Printf("%v\n", mixed[:4])
	for _, v := range mixed {
		fmt.Printf("%T ", v)
	}
	fmt.Println()
}
