package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) String() string {
	return fmt.Sprintf("%s %d.%02d", m.Currency, m.Cents/100, m.Cents%100)
}

type Tag string

func (t Tag) String() string { return "#" + strings.ToLower(string(t)) }

// Pointer-receiver String is only used when printing a pointer.
type Node struct {
	Val  int
	Next *Node
}

func (n *Node) String() string {
	var b strings.Builder
	for cur := n; cur != nil; cur = cur.Next {
		if cur != n {
			b.WriteString(" -> ")
		}
		fmt.Fprintf(&b, "%d", cur.Val)
	}
	return "[" + b.String() + "]"
}

type Order struct {
	ID    int
	Total Money
	Tags  []Tag
	note  string
}

func main() {
	m := Money{12345, "EUR"}
	fmt.Println(m)
	fmt.Printf("v=%v s=%s q=%q\n", m, m, m)
	fmt.Printf("+v=%+v\n", m)
	fmt.Printf("#v=%#v\n", m)
	fmt.Printf("T=%T\n", m)
	fmt.Printf("width: [%20v] [%-20s]\n", m, m)
	fmt.Printf("fields: %d %s\n", m.Cents, m.Currency)

	t := Tag("GoLang")
	fmt.Println(t, string(t))
	fmt.Printf("%v %s %q %#v %x\n", t, t, t, t, t)

	// Stringers inside composite values.
	fmt.Println([]Money{{100, "USD"}, {5, "GBP"}})
	fmt.Println(map[Tag]Money{"B": {200, "USD"}, "A": {1, "USD"}})
	o := Order{ID: 1, Total: Money{999, "JPY"}, Tags: []Tag{"New", "Sale"}, note: "fragile"}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o.Tags)
	fmt.Println(&o.Total)

	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(list)
	fmt.Println(*list.Next.Next) // value: String not in method set of Node
	fmt.Printf("%v | %s\n", list.Next, list.Next)
	var none *Node
	fmt.Println("nil node:", none)

	// Sprint and Sprintln use Stringer too.
	s := fmt.Sprint(m, t, 7)
	fmt.Printf("%q\n", s)
	fmt.Printf("%q\n", fmt.Sprintln(m, t))
}
