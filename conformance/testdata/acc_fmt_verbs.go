package main

import (
	"fmt"
	"strconv"
)

type Status int

const (
	Open Status = iota
	Paid
	Overdue
)

func (s Status) String() string { return [...]string{"open", "paid", "overdue"}[s] }

// Money implements fmt.Formatter: %v plain, %+v with currency code, %s like %v.
type Money struct {
	Cents int64
	Code  string
}

func (m Money) Format(f fmt.State, verb rune) {
	s := strconv.FormatFloat(float64(m.Cents)/100, 'f', 2, 64)
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			s = m.Code + " " + s
		}
		if f.Flag('#') {
			s = fmt.Sprintf("Money{Cents:%d, Code:%q}", m.Cents, m.Code)
		}
	case 'd':
		s = strconv.FormatInt(m.Cents, 10)
	default:
		s = "%!" + string(verb) + "(Money)"
	}
	if w, ok := f.Width(); ok && len(s) < w {
		pad := fmt.Sprintf("%*s", w-len(s), "")
		if f.Flag('-') {
			s += pad
		} else {
			s = pad + s
		}
	}
	fmt.Fprint(f, s)
}

type Party struct {
	Name    string
	VATCode string
}

type Invoice struct {
	No     int
	Vendor Party
	Status Status
	Lines  []float64
	Tags   map[string]int
	Memo   string
}

type Code string

func (c Code) GoString() string { return "Code(" + strconv.Quote(string(c)) + ")" }

func main() {
	inv := Invoice{
		No:     42,
		Vendor: Party{"Acme GmbH", "DE123456789"},
		Status: Overdue,
		Lines:  []float64{19.99, 5, 120.5},
		Tags:   map[string]int{"q3": 1, "capex": 2, "audit": 3},
		Memo:   "net 30\tsee \"terms\"",
	}
	fmt.Printf("%%v   %v\n", inv)
	fmt.Printf("%%+v  %+v\n", inv)
	fmt.Printf("%%#v  %#v\n", inv)
	fmt.Printf("%%T   %T | %T | %T | %T\n", inv, inv.Status, inv.Tags, &inv)
	fmt.Printf("%%v &inv: %v\n", &inv)
	fmt.Printf("status: %v %s %d %q %#v\n", inv.Status, inv.Status, inv.Status, inv.Status, inv.Status)
	fmt.Printf("memo: %s | %q | %+q | %x | % x\n", inv.Memo[:6], inv.Memo, "Größe", "EUR", "EUR")
	fmt.Printf("%#q %q %U %c\n", "back`tick", 'ü', '€', 0x20AC)

	m := Money{123456, "EUR"}
	fmt.Printf("[%v] [%+v] [%12v] [%-12v|] [%+14s] [%d] [%#v] [%x]\n", m, m, m, m, m, m, m, m)
	fmt.Println("Println:", m, Money{-5, "USD"})
	fmt.Printf("%v %#v\n", Code("GL-4000"), Code("GL-4000"))

	amounts := []float64{0, 1.005, -42.5, 1234567.891, 1e-7}
	for _, a := range amounts {
		fmt.Printf("|%8.2f|%-10.3f|%+.1f|%e|%g|%08.2f|\n", a, a, a, a, a, a)
	}
	for _, n := range []int64{0, 7, -42, 255, 1 << 20} {
		fmt.Printf("|%6d|%-6d|%06d|%+d|%x|%X|%o|%b|\n", n, n, n, n, n, n, n, n)
	}
	fmt.Printf("%t %v\n", true, nil)
	fmt.Printf("%5t|%-7t|\n", false, true)
	fmt.Printf("%s %d\n", []string{"a", "b"}, []int{1, 2})
	fmt.Printf("%v %v %v\n", [2]bool{true, false}, map[int]string{3: "c", 1: "a", 2: "b"}, map[string]int{"z": 26, "a": 1})
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%[2]s-%[1]s %[2]s\n", "ledger", "general")
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	var err error
	fmt.Printf("err=%v\n", err)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	fmt.Println(fmt.Sprintln("x", 1) + fmt.Sprintf("%v", struct {
		A int
		B string
	}{1, "z"}))
}
