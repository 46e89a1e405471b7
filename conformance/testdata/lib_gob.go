package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Points []Point
	Tags   map[string]int
	Scale  float64
	hidden int
}

type Small struct {
	Name  string
	Scale float64
}

func main() {
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	shapes := []Shape{
		{Name: "tri", Points: []Point{{0, 0}, {1, 0}, {0, 1}}, Tags: map[string]int{"b": 2, "a": 1}, Scale: 1.5, hidden: 9},
		{Name: "dot", Points: []Point{{5, 5}}, Scale: 0.25},
	}
	for _, s := range shapes {
		if err := enc.Encode(s); err != nil {
			fmt.Println("encode:", err)
		}
	}
	fmt.Println("buffer non-empty:", buf.Len() > 0)

	dec := gob.NewDecoder(&buf)
	for i := 0; i < 2; i++ {
		var s Shape
		if err := dec.Decode(&s); err != nil {
			fmt.Println("decode:", err)
			continue
		}
		fmt.Printf("%s %v %v %.2f hidden=%d\n", s.Name, s.Points, s.Tags, s.Scale, s.hidden)
	}
	var extra Shape
	fmt.Println("extra decode error:", dec.Decode(&extra))

	// decode into a struct with a subset of fields
	var b2 bytes.Buffer
	_ = gob.NewEncoder(&b2).Encode(shapes[0])
	var sm Small
	err := gob.NewDecoder(&b2).Decode(&sm)
	fmt.Printf("subset: %+v err=%v\n", sm, err)

	// round trip a map and a slice of strings
	var b3 bytes.Buffer
	e3 := gob.NewEncoder(&b3)
	_ = e3.Encode(map[string][]string{"x": {"1", "2"}, "y": nil})
	_ = e3.Encode([]string{"alpha", "beta"})
	d3 := gob.NewDecoder(&b3)
	var m map[string][]string
	var ss []string
	fmt.Println(d3.Decode(&m), m)
	fmt.Println(d3.Decode(&ss), ss)
}
