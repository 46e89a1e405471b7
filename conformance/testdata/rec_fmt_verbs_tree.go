package main

import (
	"fmt"
	"strings"
)

type Kind int

const (
	File Kind = iota
	Dir
)

func (k Kind) String() string { return [...]string{"file", "dir"}[k] }

type Entry struct {
	Name string
	Kind Kind
	Tags []string
	Kids []Entry
}

// Point implements GoStringer, so %#v uses the custom form.
type Point struct{ X, Y int }

func (p Point) GoString() string { return fmt.Sprintf("Pt(%d,%d)", p.X, p.Y) }

type Shape interface{ Area() float64 }
type Rect struct{ Min, Max Point }

func (r Rect) Area() float64 { return float64((r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)) }

// show prints the tree with the width given by an argument (%*s).
func show(e Entry, depth int) {
	fmt.Printf("%*s%-*s %-4v %q\n", depth*2, "", 12-depth*2, e.Name, e.Kind, e.Tags)
	for _, k := range e.Kids {
		show(k, depth+1)
	}
}

func count(e Entry) (files, dirs int) {
	if e.Kind == File {
		files = 1
	} else {
		dirs = 1
	}
	for _, k := range e.Kids {
		f, d := count(k)
		files, dirs = files+f, dirs+d
	}
	return
}

func main() {
	leaf := Entry{Name: "a.txt", Kind: File, Tags: []string{"draft"}}
	fmt.Printf("%%v   %v\n", leaf)
	fmt.Printf("%%+v  %+v\n", leaf)
	fmt.Printf("%%#v  %#v\n", leaf)
	fmt.Printf("%%T   %T\n", leaf)

	root := Entry{Name: "home", Kind: Dir, Kids: []Entry{
		{Name: "notes", Kind: Dir, Kids: []Entry{leaf, {Name: "b.md", Kind: File}}},
		{Name: "todo", Kind: File, Tags: []string{"urgent", "tab\there"}},
	}}
	show(root, 0)
	files, dirs := count(root)
	fmt.Printf("files=%d dirs=%d\n", files, dirs)
	fmt.Printf("%v\n", root.Kids[0])
	fmt.Printf("%q\n", []string{root.Name, `say "hi"`, "tab\there"})

	var s Shape = Rect{Point{1, 2}, Point{4, 6}}
	fmt.Printf("%v | %+v | %#v | %T | area=%.1f\n", s, s, s, s, s.Area())

	values := []any{42, 'λ', "héllo", 3.0, []byte("hi"), map[string]int{"b": 2, "a": 1}, nil, func(int) int { return 0 }}
	for _, v := range values {
		if fn, ok := v.(func(int) int); ok {
			fmt.Printf("%-18T (func, %d)\n", fn, fn(1))
			continue
		}
		fmt.Printf("%-18T %v / %#v\n", v, v, v)
	}

	fmt.Printf("%q %q %q %+q\n", 'x', rune(0x263A), []string{"a b", `c"d`}, "héllo")
	fmt.Printf("%x %X % x %U\n", "Go!", []byte{1, 171}, "hey", 'λ')
	fmt.Printf("|%6.2f|%-6d|%+d|%06d|%08b|%o|%#x|\n", 3.14159, 42, 7, -42, 5, 64, 255)
	fmt.Printf("%t %v %s\n", true, [2]bool{false, true}, strings.Repeat("ab", 3))
	var nilEntry *Entry
	var nilTags []string
	fmt.Printf("%v %#v %v %#v\n", nilEntry, nilTags, nilTags, Kind(1))
}
