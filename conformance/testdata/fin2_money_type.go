package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Money int64

func (m Money) String() string {
	neg := m < 0
	if neg {
		m = -m
	}
	whole := strconv.FormatInt(int64(m/100), 10)
	var b strings.Builder
	for i, ch := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(ch)
	}
	s := fmt.Sprintf("$%s.%02d", b.String(), int64(m%100))
	if neg {
		return "(" + s + ")"
	}
	return s
}

var ErrFormat = errors.New("bad money format")

func Parse(s string) (Money, error) {
	s = strings.TrimPrefix(strings.ReplaceAll(s, ",", ""), "$")
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, found := strings.Cut(s, ".")
	if !found {
		frac = "00"
	}
	if len(frac) != 2 || whole == "" {
		return 0, fmt.Errorf("parse %q: %w", s, ErrFormat)
	}
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, ErrFormat)
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, ErrFormat)
	}
	m := Money(w*100 + f)
	if neg {
		m = -m
	}
	return m, nil
}

func (m Money) MulPercent(pct int64) Money {
	// round half away from zero on basis points
	v := int64(m) * pct
	if v >= 0 {
		return Money((v + 50) / 100)
	}
	return Money((v - 50) / 100)
}

func (m Money) Allocate(parts int) []Money {
	out := make([]Money, parts)
	base := m / Money(parts)
	rem := int(m % Money(parts))
	for i := range out {
		out[i] = base
		if i < rem {
			out[i]++
		}
	}
	return out
}

func main() {
	inputs := []string{"$1,234.56", "-12.05", "1000000", "3.5", "abc.00", "$0.99"}
	var total Money
	for _, in := range inputs {
		m, err := Parse(in)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrFormat))
			continue
		}
		total += m
		fmt.Printf("%-12s -> %v\n", in, m)
	}
	fmt.Println("total:", total)
	fmt.Println("15% of total:", total.MulPercent(15))
	fmt.Println("-7% of -10.05:", Money(-1005).MulPercent(7))
	for i, part := range Money(10000).Allocate(3) {
		fmt.Printf("share %d: %v\n", i+1, part)
	}
	fmt.Println(Money(-123456789))
}
