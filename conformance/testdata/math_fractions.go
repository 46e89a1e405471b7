package main

import (
	"errors"
	"fmt"
	"math/big"
)

var ErrZeroDenominator = errors.New("zero denominator")

type Frac struct {
	Num, Den int64
}

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func NewFrac(n, d int64) (Frac, error) {
	if d == 0 {
		return Frac{}, fmt.Errorf("NewFrac(%d, %d): %w", n, d, ErrZeroDenominator)
	}
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		g = 1
	}
	return Frac{n / g, d / g}, nil
}

func must(f Frac, err error) Frac {
	if err != nil {
		panic(err)
	}
	return f
}

func (f Frac) Add(g Frac) Frac { return must(NewFrac(f.Num*g.Den+g.Num*f.Den, f.Den*g.Den)) }
func (f Frac) Mul(g Frac) Frac { return must(NewFrac(f.Num*g.Num, f.Den*g.Den)) }

func (f Frac) Div(g Frac) (Frac, error) {
	return NewFrac(f.Num*g.Den, f.Den*g.Num)
}

func (f Frac) String() string {
	if f.Den == 1 {
		return fmt.Sprintf("%d", f.Num)
	}
	return fmt.Sprintf("%d/%d", f.Num, f.Den)
}

func main() {
	a := must(NewFrac(6, -8))
	b := must(NewFrac(5, 12))
	fmt.Println("a =", a, " b =", b)
	fmt.Println("a + b =", a.Add(b))
	fmt.Println("a * b =", a.Mul(b))
	fmt.Printf("%+v\n", a)

	if _, err := a.Div(Frac{0, 1}); err != nil {
		fmt.Println("error:", err, "| is zero denominator:", errors.Is(err, ErrZeroDenominator))
	}

	// harmonic sum H(10) with Frac
	h := Frac{0, 1}
	for i := int64(1); i <= 10; i++ {
		h = h.Add(Frac{1, i})
	}
	fmt.Println("H(10) =", h)

	// the same with big.Rat, going further
	hr := new(big.Rat)
	for i := int64(1); i <= 30; i++ {
		hr.Add(hr, big.NewRat(1, i))
	}
	fmt.Println("H(30) =", hr.String())
	fmt.Println("H(30) ~", hr.FloatString(10))

	r := big.NewRat(-6, 8)
	fmt.Println("big.Rat -6/8 =", r, "num", r.Num(), "den", r.Denom())
	q := new(big.Rat).Quo(r, big.NewRat(5, 12))
	fmt.Println("(-3/4) / (5/12) =", q.RatString())
	f, exact := q.Float64()
	fmt.Printf("as float64: %.6f exact=%v\n", f, exact)
	if s, ok := new(big.Rat).SetString("3.125"); ok {
		fmt.Println("3.125 =", s, "IsInt:", s.IsInt(), "cmp 3:", s.Cmp(big.NewRat(3, 1)))
	}
}
