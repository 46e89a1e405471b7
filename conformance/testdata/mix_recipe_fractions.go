package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Frac struct{ Num, Den int }

func gcd(a, b int) int {
	if a < 0 {
		a = -a
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func NewFrac(n, d int) Frac {
	if d < 0 {
		n, d = -n, -d
	}
	g := max(gcd(n, d), 1)
	return Frac{n / g, d / g}
}

func (f Frac) Mul(o Frac) Frac { return NewFrac(f.Num*o.Num, f.Den*o.Den) }

func (f Frac) String() string {
	whole, rem := f.Num/f.Den, f.Num%f.Den
	switch {
	case rem == 0:
		return strconv.Itoa(whole)
	case whole == 0:
		return fmt.Sprintf("%d/%d", rem, f.Den)
	}
	return fmt.Sprintf("%d %d/%d", whole, rem, f.Den)
}

var ErrZeroDen = errors.New("zero denominator")

func ParseFrac(s string) (Frac, error) {
	s = strings.TrimSpace(s)
	whole := 0
	if before, after, ok := strings.Cut(s, " "); ok {
		w, err := strconv.Atoi(before)
		if err != nil {
			return Frac{}, fmt.Errorf("parse %q: %w", s, err)
		}
		whole, s = w, after
	}
	num, den, ok := strings.Cut(s, "/")
	if !ok {
		den = "1"
	}
	n, err1 := strconv.Atoi(num)
	d, err2 := strconv.Atoi(den)
	if err := errors.Join(err1, err2); err != nil {
		return Frac{}, fmt.Errorf("parse %q: %w", s, err)
	}
	if d == 0 {
		return Frac{}, fmt.Errorf("parse %q: %w", s, ErrZeroDen)
	}
	return NewFrac(whole*d+n, d), nil
}

type Ingredient struct {
	Amount Frac
	Unit   string
	Name   string
}

func main() {
	lines := []string{"1 1/2|cup|flour", "3/4|tsp|salt", "2|tbsp|butter", "1/3|cup|sugar", "x/2|cup|milk", "1/0|pinch|nutmeg"}
	var recipe []Ingredient
	for _, l := range lines {
		parts := strings.Split(l, "|")
		f, err := ParseFrac(parts[0])
		if err != nil {
			var ne *strconv.NumError
			fmt.Printf("skip %-8s zero=%t numErr=%t: %v\n", parts[2], errors.Is(err, ErrZeroDen), errors.As(err, &ne), err)
			continue
		}
		recipe = append(recipe, Ingredient{f, parts[1], parts[2]})
	}
	for _, scale := range []Frac{NewFrac(1, 2), NewFrac(3, 1), NewFrac(4, 3)} {
		fmt.Printf("-- scale x%v --\n", scale)
		for _, in := range recipe {
			fmt.Printf("  %-8s %6s %s\n", in.Name, in.Amount.Mul(scale), in.Unit)
		}
	}
	fmt.Printf("%v %+v %#v\n", NewFrac(6, -8), NewFrac(10, 4), NewFrac(2, 4))
}
