package main

import (
	"fmt"
	"strings"
)

// Vec implements fmt.Formatter to control every verb.
type Vec struct{ X, Y, Z float64 }

func (v Vec) Format(f fmt.State, verb rune) {
	prec, ok := f.Precision()
	if !ok {
		prec = 1
	}
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Vec{X:%.*f Y:%.*f Z:%.*f}", prec, v.X, prec, v.Y, prec, v.Z)
			return
		}
		if f.Flag('#') {
			fmt.Fprintf(f, "main.Vec{%g, %g, %g}", v.X, v.Y, v.Z)
			return
		}
		fallthrough
	case 's':
		s := fmt.Sprintf("<%.*f %.*f %.*f>", prec, v.X, prec, v.Y, prec, v.Z)
		if w, ok := f.Width(); ok && w > len(s) {
			pad := strings.Repeat(" ", w-len(s))
			if f.Flag('-') {
				s += pad
			} else {
				s = pad + s
			}
		}
		fmt.Fprint(f, s)
	case 'L':
		fmt.Fprintf(f, "%.3f", v.X*v.X+v.Y*v.Y+v.Z*v.Z)
	default:
		fmt.Fprintf(f, "%%!%c(Vec)", verb)
	}
}

// Color implements GoStringer and Stringer.
type Color struct{ R, G, B uint8 }

func (c Color) String() string   { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
func (c Color) GoString() string { return fmt.Sprintf("RGB(%d, %d, %d)", c.R, c.G, c.B) }

type Palette struct {
	Name   string
	Colors []Color
}

// Secret redacts itself in all normal output.
type Secret string

func (Secret) String() string   { return "****" }
func (Secret) GoString() string { return `Secret("****")` }

type Account struct {
	User     string
	Password Secret
}

func main() {
	v := Vec{1, 2.5, -3}
	fmt.Printf("[%v]\n", v)
	fmt.Printf("[%s]\n", v)
	fmt.Printf("[%+v]\n", v)
	fmt.Printf("[%+.3v]\n", v)
	fmt.Printf("[%#v]\n", v)
	fmt.Printf("[%20v]\n[%-20s]\n", v, v)
	fmt.Printf("[%L] [%.0s] [%d]\n", v, v, v)
	fmt.Println("println:", v, []Vec{{}, {1, 1, 1}})

	red := Color{255, 0, 0}
	p := Palette{"warm", []Color{red, {255, 165, 0}, {250, 250, 210}}}
	fmt.Printf("%v\n%+v\n%#v\n", red, red, red)
	fmt.Printf("%v\n", p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%#v\n", map[string]Color{"b": {0, 0, 255}, "a": red})

	acct := Account{"root", "hunter2"}
	fmt.Println(acct)
	fmt.Printf("%+v\n", acct)
	fmt.Printf("%#v\n", acct)
	fmt.Printf("%s %q %x\n", acct.Password, acct.Password, string(acct.Password))
	fmt.Printf("%#v %#v %#v\n", 42, "str", []string{"a"})
}
