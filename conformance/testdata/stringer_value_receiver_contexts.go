package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Reading struct {
	Where Point
	Temp  Celsius
	note  string
}

func main() {
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s %d\n", p, p, p, p)
	fmt.Println([]Point{{3, 4}, {5, 6}})
	fmt.Println(map[string]Point{"b": {1, 1}, "a": {0, 0}})
	r := Reading{Where: p, Temp: 21.55, note: "lab"}
	fmt.Println(r)
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println(&r)
	temps := []Celsius{-3, 0.25, 100}
	fmt.Println(temps, Celsius(37))
	fmt.Printf("%v %.2f %s\n", temps[1], temps[1], temps[2])
	var s fmt.Stringer = p
	fmt.Println(s.String() == p.String(), s)
	fmt.Println([2]*Point{&p, nil}[1] == nil)
}
