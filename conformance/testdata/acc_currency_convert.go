package main

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strings"
)

type Currency struct {
	Code  string
	Minor int // digits after the decimal point
}

var USD, EUR, JPY, KWD = Currency{"USD", 2}, Currency{"EUR", 2}, Currency{"JPY", 0}, Currency{"KWD", 3}

type Money struct {
	Units int64 // in minor units
	Cur   Currency
}

func (m Money) String() string {
	if m.Cur.Minor == 0 {
		return fmt.Sprintf("%d %s", m.Units, m.Cur.Code)
	}
	neg, u := "", m.Units
	if u < 0 {
		neg, u = "-", -u
	}
	p := int64(math.Pow10(m.Cur.Minor))
	return fmt.Sprintf("%s%d.%0*d %s", neg, u/p, m.Cur.Minor, u%p, m.Cur.Code)
}

var ErrCurrencyMismatch = errors.New("currency mismatch")

func (m Money) Add(o Money) (Money, error) {
	if m.Cur != o.Cur {
		return Money{}, fmt.Errorf("add %v + %v: %w", m, o, ErrCurrencyMismatch)
	}
	return Money{m.Units + o.Units, m.Cur}, nil
}

// rates: major units of quote currency per one major unit of base, as exact decimals.
var rates = map[string]string{
	"USD/EUR": "0.9215",
	"USD/JPY": "151.37",
	"USD/KWD": "0.30742",
}

func pow10(n int) *big.Rat {
	return new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil))
}

// roundHalfEven rounds a rational to the nearest integer, ties to even.
func roundHalfEven(r *big.Rat) int64 {
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).QuoRem(num, den, new(big.Int))
	twice := new(big.Int).Mul(new(big.Int).Abs(m), big.NewInt(2))
	c := twice.Cmp(den)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		if num.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q.Int64()
}

func Convert(m Money, to Currency) (Money, error) {
	if m.Cur == to {
		return m, nil
	}
	rate := new(big.Rat)
	if s, ok := rates[m.Cur.Code+"/"+to.Code]; ok {
		rate.SetString(s)
	} else if s, ok := rates[to.Code+"/"+m.Cur.Code]; ok {
		rate.SetString(s)
		rate.Inv(rate)
	} else {
		return Money{}, fmt.Errorf("no rate %s->%s", m.Cur.Code, to.Code)
	}
	v := new(big.Rat).SetInt64(m.Units)
	v.Quo(v, pow10(m.Cur.Minor)).Mul(v, rate).Mul(v, pow10(to.Minor))
	return Money{roundHalfEven(v), to}, nil
}

// Allocate splits m by ratios, distributing leftover minor units to the first shares.
func Allocate(m Money, ratios ...int64) []Money {
	var total int64
	for _, r := range ratios {
		total += r
	}
	out := make([]Money, len(ratios))
	rest := m.Units
	for i, r := range ratios {
		out[i] = Money{m.Units * r / total, m.Cur}
		rest -= out[i].Units
	}
	for i := 0; rest > 0; i = (i + 1) % len(out) {
		out[i].Units++
		rest--
	}
	return out
}

func main() {
	amounts := []Money{{1999, USD}, {100000, USD}, {-4550, USD}, {1234, EUR}, {5000, JPY}, {12345, KWD}}
	targets := []Currency{USD, EUR, JPY, KWD}
	fmt.Printf("%-14s", "amount")
	for _, t := range targets {
		fmt.Printf("%16s", t.Code)
	}
	fmt.Println()
	for _, a := range amounts {
		fmt.Printf("%-14v", a)
		for _, t := range targets {
			if c, err := Convert(a, t); err != nil {
				fmt.Printf("%16s", "n/a")
			} else {
				fmt.Printf("%16v", c)
			}
		}
		fmt.Println()
	}
	var rounds []string
	for _, v := range []string{"5/2", "7/2", "-5/2", "-7/2", "13/10", "-13/10"} {
		r, _ := new(big.Rat).SetString(v)
		rounds = append(rounds, fmt.Sprintf("round(%s)=%d", v, roundHalfEven(r)))
	}
	fmt.Println(strings.Join(rounds, " "))

	sum, err := Money{500, USD}.Add(Money{250, USD})
	fmt.Println("sum:", sum, err)
	_, err = sum.Add(Money{100, EUR})
	fmt.Println("error:", err, "| is mismatch:", errors.Is(err, ErrCurrencyMismatch))

	for _, split := range [][]int64{{1, 1, 1}, {50, 30, 20}, {3, 7}} {
		parts := Allocate(Money{10000, USD}, split...)
		strs := make([]string, len(parts))
		var check int64
		for i, p := range parts {
			strs[i] = p.String()
			check += p.Units
		}
		fmt.Printf("allocate 100.00 USD by %v: %s (sum %d)\n", split, strings.Join(strs, ", "), check)
	}
	fmt.Println("allocate 1000 JPY three ways:", Allocate(Money{1000, JPY}, 1, 1, 1))
}
