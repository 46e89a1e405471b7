package main

import "fmt"

type Shower interface {
	Show() string
}

type Resizer interface {
	Resize(int)
}

type Box struct {
	W int
}

// value receiver: in the method set of both Box and *Box
func (b Box) Show() string { return fmt.Sprintf("Box(%d)", b.W) }

// pointer receiver: only in the method set of *Box
func (b *Box) Resize(w int) { b.W = w }

type Label string

func (l Label) Show() string { return "Label:" + string(l) }

func check(name string, v any) {
	_, isShower := v.(Shower)
	_, isResizer := v.(Resizer)
	fmt.Printf("%-7s %-10T Shower=%-5v Resizer=%v\n", name, v, isShower, isResizer)
}

func main() {
	b := Box{W: 3}
	check("value", b)
	check("pointer", &b)
	check("label", Label("x"))
	check("int", 42)

	// calling a pointer method on an addressable value is fine
	b.Resize(5)
	fmt.Println("after b.Resize(5):", b.Show())

	// through an interface, the pointer is required for Resize
	var r Resizer = &b
	r.Resize(8)
	fmt.Println("after r.Resize(8):", b.W)

	// interface holding a copy of the value does not alias
	var s Shower = b
	b.W = 100
	fmt.Println("s.Show():", s.Show(), "b.W:", b.W)

	// interface holding a pointer sees later changes
	s = &b
	b.W = 200
	fmt.Println("s.Show():", s.Show())

	// method values and method expressions
	show := b.Show // bound, copies b now
	b.W = 1
	fmt.Println("method value:", show())
	showExpr := Box.Show
	fmt.Println("method expr:", showExpr(Box{W: 7}))
	resizeExpr := (*Box).Resize
	resizeExpr(&b, 11)
	fmt.Println("after (*Box).Resize:", b.W)

	// list of values, each checked
	items := []any{Box{1}, &Box{2}, Label("y"), nil}
	for i, it := range items {
		if sh, ok := it.(Shower); ok {
			fmt.Println(i, "shows", sh.Show())
		} else {
			fmt.Println(i, "is not a Shower")
		}
	}
}
