// Chapter: printing your own types, and Stringer receivers.
package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

type Point struct {
	X, Y int
}

type Line struct {
	From, To Point
	Label    string
	tags     []string
}

// ValueS has String on the value receiver: used for both T and *T.
type ValueS struct{ N int }

func (v ValueS) String() string { return fmt.Sprintf("ValueS<%d>", v.N) }

// PtrS has String on the pointer receiver: only *T is a Stringer.
type PtrS struct{ N int }

func (p *PtrS) String() string { return fmt.Sprintf("PtrS<%d>", p.N) }

type Holder struct {
	V ValueS
	P PtrS
	Q *PtrS
}

type Oops struct{}

func (Oops) Error() string  { return "oops-error" }
func (Oops) String() string { return "oops-string" }

func main() {
	p := Point{1, 2}
	fmt.Printf("%v | %+v | %#v | %T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v | %+v | %T\n", pp, pp, pp)

	l := Line{From: p, To: Point{3, 4}, Label: "diag", tags: []string{"a"}}
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)

	c := Blue
	fmt.Printf("%v %d %#v %T\n", c, c, c, c)

	var nilPtr *Point
	var iface any
	fmt.Printf("%v %+v %#v %v %#v\n", nilPtr, nilPtr, nilPtr, iface, iface)

	fmt.Printf("%v %#v %v %#v\n", []int{1, 2}, []int{1, 2}, map[string]Point{"o": {}}, map[string]int{"k": 1})
	fmt.Printf("%#v %#v %#v %#v\n", "q", 'r', 3.0, []any{1, "a", nil})
	fmt.Printf("%v %q %x\n", []string{"a b", "c"}, []string{"a b", "c"}, "hey")
	fmt.Printf("[%6v] [%-6v] [%06d] [%x]\n", p, 42, 42, []byte{1, 171})

	// Stringer on the value receiver.
	v := ValueS{1}
	fmt.Println(v, &v)
	fmt.Printf("%v %s %d %+v\n", v, v, v, v)

	// Stringer on the pointer receiver.
	ps := PtrS{2}
	fmt.Println(ps, &ps)
	fmt.Printf("%v %v %+v\n", ps, &ps, ps)

	// Inside structs, fmt uses each field's own method set.
	h := Holder{V: ValueS{3}, P: PtrS{4}, Q: &PtrS{5}}
	fmt.Printf("%v\n%+v\n", h, h)
	fmt.Println([]ValueS{{6}, {7}}, []PtrS{{8}}, []*PtrS{{9}})

	var s fmt.Stringer = &ps
	_, valueIsStringer := any(ps).(fmt.Stringer)
	fmt.Println(s.String(), valueIsStringer)

	// error takes precedence over String.
	fmt.Println(Oops{})
	fmt.Printf("%v %s\n", Oops{}, errors.New("plain"))

	// Bad verbs and argument mismatches are reported inline.
	bad := "%d|%s|%z|%d\n"
	fmt.Printf(bad, "str", 5, 1.5)
	fmt.Println(fmt.Sprint(Red, Green), fmt.Sprintln("a", 1), fmt.Sprint("a", 1, 2, "b"))
}
