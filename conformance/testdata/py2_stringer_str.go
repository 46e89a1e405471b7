package main

import (
	"fmt"
	"strings"
)

type Vector struct{ X, Y int }

// __str__
func (v Vector) String() string { return fmt.Sprintf("Vector(%d, %d)", v.X, v.Y) }

// __add__
func (v Vector) Add(o Vector) Vector { return Vector{v.X + o.X, v.Y + o.Y} }

type Matrix [][]int

func (m Matrix) String() string {
	rows := make([]string, len(m))
	for i, r := range m {
		rows[i] = fmt.Sprint(r)
	}
	return "[" + strings.Join(rows, ", ") + "]"
}

// pointer receiver String: only used when printing a pointer
type Temp struct{ C float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°C", t.C) }

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Color.RED"
	case Green:
		return "Color.GREEN"
	case Blue:
		return "Color.BLUE"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

// __repr__-like GoString
type Person struct {
	Name string
	Age  int
}

func (p Person) GoString() string { return fmt.Sprintf("Person(name=%q, age=%d)", p.Name, p.Age) }

type Wrapper struct {
	Label string
	V     Vector
}

func main() {
	v := Vector{1, 2}
	fmt.Println(v)
	fmt.Println(v.Add(Vector{3, 4}))
	fmt.Printf("%v | %s | %d\n", v, v, v)
	fmt.Println([]Vector{{0, 0}, {1, 1}})
	fmt.Println(map[string]Vector{"b": {2, 2}, "a": {1, 1}})
	fmt.Printf("%+v\n", Wrapper{"w", v})
	fmt.Println("str():", v.String()+"!", len(fmt.Sprint(v)))

	fmt.Println(Matrix{{1, 2}, {3, 4}})

	t := Temp{21.5}
	fmt.Println(&t)
	fmt.Println(t, "<- value does not use pointer String")

	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %d %s\n", Green, Green, Green)
	p := Person{"Ann", 30}
	fmt.Printf("%v\n%+v\n%#v\n", p, p, p)
	var sb strings.Builder
	for i, c := range []Color{Blue, Green, Red} {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprint(&sb, c)
	}
	fmt.Println("[" + sb.String() + "]")
	var s fmt.Stringer = v
	fmt.Println("via interface:", s)
	fmt.Printf("%q\n", v)
	fmt.Printf("%10s|%-12v|\n", Red, Blue)
}
