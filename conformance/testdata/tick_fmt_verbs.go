package main

import (
	"fmt"
	"os"
)

type Seat struct {
	Row    byte
	Number int
}

type Ticket struct {
	ID       uint32
	Event    string
	Seat     Seat
	Price    float64
	Refunded bool
	Tags     []string
	Meta     map[string]int
}

type Status int

func (s Status) String() string {
	return [...]string{"new", "assigned", "done"}[s]
}

type Code string

func (c Code) GoString() string { return "Code(" + string(c) + ")" }

func main() {
	t := Ticket{
		ID:    0xBEEF,
		Event: "Opera \"Tosca\"",
		Seat:  Seat{Row: 'C', Number: 14},
		Price: 89.5,
		Tags:  []string{"gala", "balcony"},
		Meta:  map[string]int{"scans": 2, "prints": 1},
	}

	fmt.Printf("%%v   %v\n", t)
	fmt.Printf("%%+v  %+v\n", t)
	fmt.Printf("%%#v  %#v\n", t.Seat)
	fmt.Printf("%%T   %T | %T | %T\n", t, t.Tags, t.Meta)
	fmt.Printf("%%q   %q\n", t.Event)
	fmt.Printf("%%x   %x  %%X %X  %%#x %#x\n", t.ID, t.ID, t.ID)
	fmt.Printf("%%o   %o  %%b %b\n", 8, 5)
	fmt.Printf("%%c   %c  %%U %U\n", t.Seat.Row, t.Seat.Row)
	fmt.Printf("%%x on string: %x, with space: % x\n", "ABC", "ABC")
	fmt.Printf("price:[%8.2f] [%-8.2f] [%08.2f] [%+.1f]\n", t.Price, t.Price, t.Price, t.Price)
	fmt.Printf("sci: %e  %g  %G\n", 1234.5678, 0.000012, 1e21)
	fmt.Printf("width: [%6d] [%-6d] [%06d]\n", 42, 42, 42)
	fmt.Printf("strings: [%10s] [%-10s] [%.3s]\n", "row", "row", "balcony")
	fmt.Printf("star width: [%*d] [%-*s]\n", 5, 7, 6, "ab")
	fmt.Printf("bool: %t, pointer nil: %v\n", t.Refunded, (*Ticket)(nil))
	fmt.Printf("stringer: %v %s %d %q\n", Status(1), Status(2), Status(2), Status(0))
	fmt.Printf("gostringer: %#v vs %v\n", Code("VIP"), Code("VIP"))
	fmt.Printf("map sorted: %v\n", t.Meta)
	fmt.Printf("slice: %v %q %#v\n", t.Tags, t.Tags, t.Tags)
	fmt.Printf("explicit index: %[2]s before %[1]s\n", "refund", "sale")

	s := fmt.Sprintf("%05.1f%%", 12.345)
	fmt.Println("sprintf:", s, len(s))
	fmt.Fprintln(os.Stdout, "fprintln:", 1, "two", 3.0, nil)
	fmt.Print("print:", 1, 2, "x", "y", 3, "\n")
	err := fmt.Errorf("seat %c%d: %w", t.Seat.Row, t.Seat.Number, os.ErrExist)
	fmt.Printf("error: %v\n", err)
}
