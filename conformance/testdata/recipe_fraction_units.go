package main

import (
	"fmt"
	"strings"
)

// Fraction is a simple rational used for cup and spoon measures.
type Fraction struct {
	Num, Den int
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

func NewFraction(n, d int) Fraction {
	g := gcd(n, d)
	return Fraction{n / g, d / g}
}

func (f Fraction) Add(o Fraction) Fraction {
	return NewFraction(f.Num*o.Den+o.Num*f.Den, f.Den*o.Den)
}

func (f Fraction) Mul(k int) Fraction { return NewFraction(f.Num*k, f.Den) }

// String prints mixed numbers like "1 1/2".
func (f Fraction) String() string {
	whole, rest := f.Num/f.Den, f.Num%f.Den
	switch {
	case rest == 0:
		return fmt.Sprint(whole)
	case whole == 0:
		return fmt.Sprintf("%d/%d", rest, f.Den)
	default:
		return fmt.Sprintf("%d %d/%d", whole, rest, f.Den)
	}
}

type Measure struct {
	Amount Fraction
	Unit   string
}

func (m Measure) String() string { return m.Amount.String() + " " + m.Unit }

func main() {
	half := NewFraction(1, 2)
	third := NewFraction(1, 3)
	quarter := NewFraction(1, 4)

	fmt.Println("1/2 + 1/3 =", half.Add(third))
	fmt.Println("1/4 x 6   =", quarter.Mul(6))
	fmt.Println("1/3 x 3   =", third.Mul(3))

	sugar := Measure{NewFraction(3, 4), "cup"}
	fmt.Printf("%v | %s | %q\n", sugar, sugar, sugar)
	fmt.Printf("%+v\n", sugar.Amount)
	fmt.Printf("%#v\n", sugar.Amount)
	fmt.Printf("%T\n", sugar)

	var sb strings.Builder
	for i := range 4 {
		m := Measure{third.Mul(i + 1), "tbsp"}
		fmt.Fprintf(&sb, "[%d] %-10v", i+1, m)
	}
	fmt.Println(strings.TrimSpace(sb.String()))

	label := "crème fraîche"
	fmt.Printf("%s -> %q -> %+q\n", label, label, label)
	fmt.Printf("hex: %x\n", label)
	fmt.Printf("bytes: % x\n", []byte("1/2"))
	fmt.Printf("runes=%d bytes=%d\n", len([]rune(label)), len(label))
	fmt.Printf("padded: [%6s] [%-6s] [%06d]\n", half, half, 42)
}
