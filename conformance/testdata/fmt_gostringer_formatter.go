package main

import (
	"fmt"
	"strings"
)

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string   { return "***" }

type Upper string

func (u Upper) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprint(f, strings.ToUpper(string(u)))
	default:
		fmt.Fprintf(f, "%%!%c(Upper)", verb)
	}
}

func main() {
	s := Secret("pw")
	fmt.Printf("%v %s %#v %q\n", s, s, s, s)
	u := Upper("hello")
	fmt.Printf("%v %s %d\n", u, u, u)
	fmt.Println(u, []Upper{"a", "b"})
}
