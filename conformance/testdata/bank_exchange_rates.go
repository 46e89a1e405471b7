package main

import (
	"errors"
	"fmt"
	"math"
	"slices"
)

// Rates are expressed as units of currency per 1 USD.
var perUSD = map[string]float64{
	"USD": 1.0,
	"EUR": 0.92,
	"GBP": 0.79,
	"JPY": 151.3,
	"CAD": 1.36,
	"CHF": 0.90,
}

var ErrUnknownCurrency = errors.New("unknown currency")

type Converter struct {
	rates     map[string]float64
	spreadPct float64 // bank margin applied to every conversion
}

func (c Converter) Rate(from, to string) (float64, error) {
	f, ok := c.rates[from]
	if !ok {
		return 0, fmt.Errorf("%w: %s", ErrUnknownCurrency, from)
	}
	t, ok := c.rates[to]
	if !ok {
		return 0, fmt.Errorf("%w: %s", ErrUnknownCurrency, to)
	}
	return t / f, nil
}

func (c Converter) Convert(amount float64, from, to string) (got, fee float64, err error) {
	r, err := c.Rate(from, to)
	if err != nil {
		return 0, 0, err
	}
	gross := amount * r
	fee = gross * c.spreadPct / 100
	return math.Round((gross-fee)*100) / 100, math.Round(fee*100) / 100, nil
}

func main() {
	conv := Converter{rates: perUSD, spreadPct: 1.5}

	codes := make([]string, 0, len(perUSD))
	for code := range perUSD {
		codes = append(codes, code)
	}
	slices.Sort(codes)

	fmt.Printf("%-5s", "")
	for _, to := range codes {
		fmt.Printf("%10s", to)
	}
	fmt.Println()
	for _, from := range codes {
		fmt.Printf("%-5s", from)
		for _, to := range codes {
			r, _ := conv.Rate(from, to)
			fmt.Printf("%10.4f", r)
		}
		fmt.Println()
	}

	fmt.Println()
	trips := []struct {
		amount   float64
		from, to string
	}{
		{500, "USD", "EUR"},
		{250, "GBP", "JPY"},
		{10000, "JPY", "CAD"},
		{75, "CHF", "AUD"},
		{1200, "EUR", "GBP"},
	}
	for _, t := range trips {
		got, fee, err := conv.Convert(t.amount, t.from, t.to)
		if errors.Is(err, ErrUnknownCurrency) {
			fmt.Printf("%.2f %s -> %s: %v\n", t.amount, t.from, t.to, err)
			continue
		}
		fmt.Printf("%.2f %s -> %.2f %s (bank kept %.2f %s)\n", t.amount, t.from, got, t.to, fee, t.to)
	}

	// Round trip shows how the spread eats money.
	start := 1000.0
	amt := start
	path := []string{"USD", "EUR", "GBP", "CHF", "USD"}
	for i := 1; i < len(path); i++ {
		amt, _, _ = conv.Convert(amt, path[i-1], path[i])
	}
	fmt.Printf("round trip %v: %.2f -> %.2f (lost %.2f)\n", path, start, amt, start-amt)
}
