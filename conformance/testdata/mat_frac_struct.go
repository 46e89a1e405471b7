package main

import (
	"fmt"
	"slices"
)

type Frac struct {
	Num, Den int64
}

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func NewFrac(num, den int64) Frac {
	if den == 0 {
		panic("zero denominator")
	}
	if den < 0 {
		num, den = -num, -den
	}
	g := gcd(num, den)
	if g == 0 {
		g = 1
	}
	return Frac{num / g, den / g}
}

func (f Frac) Add(g Frac) Frac { return NewFrac(f.Num*g.Den+g.Num*f.Den, f.Den*g.Den) }
func (f Frac) Sub(g Frac) Frac { return NewFrac(f.Num*g.Den-g.Num*f.Den, f.Den*g.Den) }
func (f Frac) Mul(g Frac) Frac { return NewFrac(f.Num*g.Num, f.Den*g.Den) }
func (f Frac) Div(g Frac) Frac { return NewFrac(f.Num*g.Den, f.Den*g.Num) }

func (f Frac) Cmp(g Frac) int {
	l, r := f.Num*g.Den, g.Num*f.Den
	switch {
	case l < r:
		return -1
	case l > r:
		return 1
	}
	return 0
}

func (f Frac) String() string {
	if f.Den == 1 {
		return fmt.Sprintf("%d", f.Num)
	}
	return fmt.Sprintf("%d/%d", f.Num, f.Den)
}

func (f Frac) Mixed() string {
	whole := f.Num / f.Den
	rem := f.Num % f.Den
	if rem < 0 {
		rem = -rem
	}
	if whole == 0 || rem == 0 {
		return f.String()
	}
	return fmt.Sprintf("%d %d/%d", whole, rem, f.Den)
}

func main() {
	a := NewFrac(3, 4)
	b := NewFrac(-5, 6)
	fmt.Println("a =", a, " b =", b)
	fmt.Println("a + b =", a.Add(b))
	fmt.Println("a - b =", a.Sub(b))
	fmt.Println("a * b =", a.Mul(b))
	fmt.Println("a / b =", a.Div(b))
	fmt.Println("normalised 10/-4 =", NewFrac(10, -4))
	fmt.Println("0/7 =", NewFrac(0, 7))

	// Egyptian fractions: 1/2 + 1/3 + 1/7 + 1/43 ...
	sum := NewFrac(0, 1)
	for _, d := range []int64{2, 3, 7, 43} {
		sum = sum.Add(NewFrac(1, d))
		fmt.Printf("  + 1/%d -> %v\n", d, sum)
	}

	fracs := []Frac{
		NewFrac(7, 3), NewFrac(-1, 2), NewFrac(5, 8), NewFrac(22, 7),
		NewFrac(2, 3), NewFrac(-9, 4), NewFrac(4, 6),
	}
	slices.SortFunc(fracs, Frac.Cmp)
	fmt.Println("sorted:", fracs)
	fracs = slices.CompactFunc(fracs, func(x, y Frac) bool { return x.Cmp(y) == 0 })
	fmt.Println("unique:", fracs)
	for _, f := range fracs {
		fmt.Printf("%6v as mixed: %s\n", f, f.Mixed())
	}

	// Telescoping sum 1/(k(k+1)) = n/(n+1)
	tel := NewFrac(0, 1)
	for k := int64(1); k <= 12; k++ {
		tel = tel.Add(NewFrac(1, k*(k+1)))
	}
	fmt.Println("sum 1/(k(k+1)) k=1..12 =", tel)
}
