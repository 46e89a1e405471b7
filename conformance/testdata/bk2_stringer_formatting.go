package main

import (
	"fmt"
	"strconv"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return "Color(" + strconv.Itoa(int(c)) + ")"
}

type Pixel struct {
	X, Y  int
	C     Color
	alpha Color // unexported: fmt cannot call String on it
}

type ParseErr struct {
	Line int
	Msg  string
}

func (e ParseErr) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type Report struct {
	Name   string
	Err    error
	Colors []Color
	Count  map[Color]int
}

func main() {
	c := Green
	fmt.Printf("%v|%s|%d|%q|%x|%T\n", c, c, c, c, c, c)
	fmt.Printf("%#v\n", c)
	fmt.Printf("%v|%d\n", Color(7), Color(7))

	px := Pixel{X: 1, Y: 2, C: Blue, alpha: Red}
	fmt.Printf("%v\n", px)
	fmt.Printf("%+v\n", px)
	fmt.Printf("%#v\n", px)
	fmt.Printf("%v\n", &px)

	colors := []Color{Blue, Red, Color(9)}
	fmt.Printf("%v %s %q %d\n", colors, colors, colors, colors)
	fmt.Printf("%#v\n", colors)

	counts := map[Color]int{Blue: 3, Red: 1, Green: 2}
	fmt.Println(counts)
	fmt.Printf("%+v\n", counts)

	pe := ParseErr{Line: 12, Msg: "unexpected token"}
	fmt.Printf("%v|%s|%q\n", pe, pe, pe)
	fmt.Printf("%+v\n", pe)
	fmt.Printf("%#v\n", pe)
	fmt.Printf("%T\n", pe)

	errs := []error{pe, ParseErr{3, "eof"}}
	fmt.Println(errs)

	r := Report{Name: "scan", Err: pe, Colors: colors[:2], Count: map[Color]int{Green: 5}}
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)

	var nilErr error
	r2 := Report{Name: "empty", Err: nilErr}
	fmt.Printf("%+v\n", r2)

	anon := struct {
		Label string
		Shade Color
	}{"sky", Blue}
	fmt.Printf("%v %+v\n", anon, anon)
	fmt.Printf("%T\n", anon)

	fmt.Printf("[%8v][%-8v][%8s]\n", Red, Green, Blue)
	fmt.Printf("%5.2v|%.3s\n", Green, Blue)
	fmt.Println(fmt.Sprint(Red, Green, 3, 4, "x", Blue))
	fmt.Println(fmt.Sprintln("a", Red, 1) == "a Red 1\n")
	fmt.Printf("%v %v\n", []any{Red, nil, pe}, [2]Color{Green})
	fmt.Printf("%v %x %X\n", Color(-1), "hi", Blue)
}
