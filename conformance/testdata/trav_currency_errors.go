package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrUnknownCurrency = errors.New("unknown currency")

// RateError reports a conversion that could not be performed.
type RateError struct {
	From, To string
	Amount   float64
}

func (e *RateError) Error() string {
	return fmt.Sprintf("cannot convert %.2f %s to %s", e.Amount, e.From, e.To)
}

// Converter keeps rates relative to EUR.
type Converter struct {
	perEUR map[string]float64
}

func NewConverter() *Converter {
	return &Converter{perEUR: map[string]float64{
		"EUR": 1.0,
		"USD": 1.08,
		"GBP": 0.86,
		"JPY": 162.5,
		"CHF": 0.97,
	}}
}

func (c *Converter) rate(code string) (float64, error) {
	r, ok := c.perEUR[code]
	if !ok {
		return 0, fmt.Errorf("rate lookup %q: %w", code, ErrUnknownCurrency)
	}
	return r, nil
}

func (c *Converter) Convert(amount float64, from, to string) (float64, error) {
	if amount < 0 {
		return 0, &RateError{From: from, To: to, Amount: amount}
	}
	rf, err := c.rate(from)
	if err != nil {
		return 0, fmt.Errorf("convert: %w", err)
	}
	rt, err := c.rate(to)
	if err != nil {
		return 0, fmt.Errorf("convert: %w", err)
	}
	return amount / rf * rt, nil
}

func main() {
	c := NewConverter()

	codes := make([]string, 0, len(c.perEUR))
	for code := range c.perEUR {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	fmt.Println("Rates per 1 EUR:")
	for _, code := range codes {
		fmt.Printf("  %s %10.4f\n", code, c.perEUR[code])
	}

	requests := []struct {
		amount   float64
		from, to string
	}{
		{100, "EUR", "USD"},
		{250, "GBP", "JPY"},
		{80, "USD", "CHF"},
		{50, "EUR", "AUD"},
		{-20, "USD", "EUR"},
		{1000, "THB", "EUR"},
	}

	for _, r := range requests {
		got, err := c.Convert(r.amount, r.from, r.to)
		var rerr *RateError
		switch {
		case err == nil:
			fmt.Printf("%8.2f %s = %10.2f %s\n", r.amount, r.from, got, r.to)
		case errors.Is(err, ErrUnknownCurrency):
			fmt.Println("skipped:", err)
		case errors.As(err, &rerr):
			fmt.Printf("rejected (amount %v): %v\n", rerr.Amount, rerr)
		default:
			fmt.Println("unexpected:", err)
		}
	}
}
