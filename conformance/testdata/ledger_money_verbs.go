package main

import "fmt"

type Currency string

type Money struct {
	Cents    int64
	Currency Currency
}

func (m Money) String() string {
	sign := ""
	c := m.Cents
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d %s", sign, c/100, c%100, m.Currency)
}

// GoString controls %#v output.
func (m Money) GoString() string {
	return fmt.Sprintf("Money(%d, %q)", m.Cents, m.Currency)
}

// Format lets Money support a custom %d verb (whole units only) while
// delegating everything else to String.
func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'd':
		fmt.Fprintf(f, "%d %s", m.Cents/100, m.Currency)
	case 'v':
		if f.Flag('#') {
			fmt.Fprint(f, m.GoString())
			return
		}
		if f.Flag('+') {
			fmt.Fprintf(f, "{Cents:%d Currency:%s}", m.Cents, m.Currency)
			return
		}
		fmt.Fprint(f, m.String())
	default:
		fmt.Fprintf(f, "%"+string(verb), m.String())
	}
}

type Transfer struct {
	Ref    string
	Amount Money
	Fee    int64
	OK     bool
}

func main() {
	price := Money{129999, "USD"}
	refund := Money{-4550, "EUR"}

	fmt.Printf("%%v:  %v\n", price)
	fmt.Printf("%%+v: %+v\n", price)
	fmt.Printf("%%#v: %#v\n", price)
	fmt.Printf("%%s:  %s\n", refund)
	fmt.Printf("%%q:  %q\n", refund)
	fmt.Printf("%%d:  %d\n", price)
	fmt.Printf("%%T:  %T\n", price)

	t := Transfer{Ref: "TRX-0042", Amount: price, Fee: 250, OK: true}
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)

	raw := struct {
		Account string
		Cents   int64
	}{"ACC-9", 1234}
	fmt.Printf("%#v\n", raw)

	fmt.Printf("hex ref: %x | % X\n", t.Ref, []byte("PAY"))
	fmt.Printf("cents hex=%#x oct=%o bin=%b\n", t.Fee, t.Fee, t.Fee)
	fmt.Printf("padded: [%8d] [%-8d] [%08d]\n", t.Fee, t.Fee, t.Fee)
	fmt.Printf("floats: [%8.2f] [%-8.2f] [%+.3e] [%g]\n", 12.5, 3.14159, 1234567.891, 0.000012)
	fmt.Printf("width from arg: [%*d] [%-*s]\n", 6, 42, 6, "ok")
	fmt.Printf("bool=%t pointer-nil=%v unicode=%U char=%c\n", t.OK, (*Money)(nil) == nil, '€', 0x20AC)
	fmt.Printf("percent: %.1f%%\n", 2.75)
	var none *Transfer
	fmt.Printf("nil pointer: %v, nil slice: %v, empty map: %v\n", none, []Money(nil), map[string]Money{})
	s := fmt.Sprint("sum=", 3, 4, "x")
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("a", 1, true) == "a 1 true\n")
}
