package main

import (
	"fmt"
	"time"
)

type Ticket struct {
	Number  int
	Plate   string
	Level   int
	Stay    time.Duration
	Paid    bool
	Remarks []string
}

func (t Ticket) String() string {
	status := "unpaid"
	if t.Paid {
		status = "paid"
	}
	return fmt.Sprintf("Ticket#%05d[%s L%d %s]", t.Number, t.Plate, t.Level, status)
}

type Gate struct {
	Name string
	Open bool
}

type Cents int64

func (c Cents) String() string {
	return fmt.Sprintf("$%d.%02d", c/100, c%100)
}

func main() {
	t := Ticket{
		Number:  42,
		Plate:   "ABC 123",
		Level:   3,
		Stay:    2*time.Hour + 15*time.Minute,
		Remarks: []string{"validated", "ev-charger"},
	}
	g := Gate{Name: "North", Open: true}

	fmt.Printf("%%v   : %v\n", t)
	fmt.Printf("%%s   : %s\n", t)
	fmt.Printf("%%q   : %q\n", t.Plate)
	fmt.Printf("%%T   : %T\n", t)
	fmt.Printf("%%v   : %v\n", g)
	fmt.Printf("%%+v  : %+v\n", g)
	fmt.Printf("%%#v  : %#v\n", g)
	fmt.Printf("%%T   : %T\n", g)
	fmt.Printf("stay : %v\n", t.Stay)
	fmt.Printf("mins : %.1f\n", t.Stay.Minutes())
	fmt.Printf("rem  : %q\n", t.Remarks)
	fmt.Printf("num  : %d %x %X %o %b\n", t.Number, t.Number, t.Number, t.Number, t.Number)
	fmt.Printf("pad  : [%8d] [%-8d] [%08d]\n", t.Number, t.Number, t.Number)

	fees := []Cents{250, 1099, 7, 12000}
	for i, f := range fees {
		fmt.Printf("fee %d: %v (%d cents, %8.2f dollars)\n", i, f, int64(f), float64(f)/100)
	}

	t.Paid = true
	ptr := &t
	fmt.Println("pointer prints via String:", ptr)
	fmt.Printf("bool %t, width [%10s]\n", t.Paid, g.Name)
	var s fmt.Stringer = Cents(305)
	fmt.Printf("interface %T holds %v\n", s, s)
}
