package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
	Tag  string
}

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	i := 42
	neg := -7
	f := 3.14159
	big := 1234567.0
	s := "héllo"
	r := 'é'
	bl := true
	bs := []byte("hi")
	p := Point{1, 2, "a"}
	pp := &Point{3, 4, "b"}
	sl := []int{1, 2, 3}
	m := map[string]int{"z": 26, "a": 1}
	c := Color(1)
	var nilErr error
	err := errors.New("oops")
	cx := complex(1, -2)

	fmt.Println("-- int")
	fmt.Printf("%v|%d|%+d|%5d|%-5d|%05d\n", i, i, i, i, i, i)
	fmt.Printf("%x|%X|%#x|%o|%#o|%O|%b|%c|%q|%U|%#U\n", i, i, i, i, i, i, i, i, rune(i), i, i)
	fmt.Printf("%d|%x|%b|%T\n", neg, neg, neg, neg)

	fmt.Println("-- float")
	fmt.Printf("%v|%f|%.2f|%8.3f|%-8.1f|%e|%E|%g|%G\n", f, f, f, f, f, f, f, f, f)
	fmt.Printf("%v|%g|%e|%.3g|%T\n", big, big, big, big, big)
	fmt.Printf("%x|%b\n", 1.0, 0.5)

	fmt.Println("-- string / bytes / rune")
	fmt.Printf("%v|%s|%q|%+q|%x|% x|%X|%10s|%-10s|%.2s\n", s, s, s, s, s, s, s, s, s, s)
	fmt.Printf("%v|%s|%q|%x\n", bs, bs, bs, bs)
	fmt.Printf("%v|%c|%q|%U|%d|%T\n", r, r, r, r, r, r)

	fmt.Println("-- bool")
	fmt.Printf("%v|%t|%5t|%T\n", bl, bl, !bl, bl)

	fmt.Println("-- struct / pointer")
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%T\n", pp, pp, pp)

	fmt.Println("-- slice / map")
	fmt.Printf("%v|%#v|%d|%x|%T\n", sl, sl, sl, sl, sl)
	fmt.Printf("%v|%#v|%T\n", m, m, m)

	fmt.Println("-- Stringer / error / nil")
	fmt.Printf("%v|%s|%d|%#v|%T\n", c, c, c, c, c)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Printf("%v|%T\n", nilErr, nilErr)

	fmt.Println("-- complex / width from args / indexes")
	fmt.Printf("%v|%.1f|%T\n", cx, cx, cx)
	fmt.Printf("%*d|%-*d|%.*f\n", 6, i, 6, i, 1, f)
	fmt.Printf("%d%%|%[2]d %[1]d %[2]d\n", 1, 2)
	fmt.Printf("%v|%d|%v\n", [2]bool{true}, [3]uint8{1, 2, 255}, struct{}{})
	fmt.Print(fmt.Sprint("a", 1, 2, "b", "c", 3.0), "|", fmt.Sprintln("x", 1))
}
