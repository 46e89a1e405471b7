package main

import (
	"errors"
	"fmt"
)

// Money is an amount in minor units (cents).
type Money int64

func (m Money) String() string {
	sign := ""
	v := int64(m)
	if v < 0 {
		sign = "-"
		v = -v
	}
	return fmt.Sprintf("%s$%d.%02d", sign, v/100, v%100)
}

func Dollars(d int64, c int64) Money { return Money(d*100 + c) }

var ErrNoParts = errors.New("allocate: no parts")

// Allocate splits m according to ratios, distributing remainder cents
// one at a time to the earliest parts so that the sum is preserved.
func (m Money) Allocate(ratios ...int) ([]Money, error) {
	if len(ratios) == 0 {
		return nil, ErrNoParts
	}
	total := 0
	for _, r := range ratios {
		total += r
	}
	out := make([]Money, len(ratios))
	var assigned Money
	for i, r := range ratios {
		out[i] = m * Money(r) / Money(total)
		assigned += out[i]
	}
	for i := 0; assigned < m; i = (i + 1) % len(out) {
		out[i]++
		assigned++
	}
	return out, nil
}

func (m Money) MulPercent(bp int64) Money {
	// basis points with half-up rounding
	v := int64(m) * bp
	if v >= 0 {
		return Money((v + 5000) / 10000)
	}
	return Money((v - 5000) / 10000)
}

func main() {
	prices := []Money{Dollars(19, 99), Dollars(5, 1), Dollars(0, 7), Dollars(120, 0)}
	var subtotal Money
	for i, p := range prices {
		fmt.Printf("item %d: %v\n", i+1, p)
		subtotal += p
	}
	fmt.Println("subtotal:", subtotal)
	tax := subtotal.MulPercent(825)
	fmt.Println("tax 8.25%:", tax)
	total := subtotal + tax
	fmt.Println("total:", total)

	refund := -Dollars(3, 50)
	fmt.Println("refund:", refund)
	fmt.Println("after refund:", total+refund)

	parts, err := Money(1000).Allocate(1, 1, 1)
	if err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("split $10 three ways:", parts)

	parts, _ = total.Allocate(70, 20, 10)
	var check Money
	for _, p := range parts {
		check += p
	}
	fmt.Println("70/20/10 split:", parts, "sum ok:", check == total)

	if _, err := total.Allocate(); errors.Is(err, ErrNoParts) {
		fmt.Println("expected error:", err)
	}
	fmt.Printf("%%v=%v %%d=%d %%s=%s\n", Money(-5), Money(-5), Money(123456789))
}
