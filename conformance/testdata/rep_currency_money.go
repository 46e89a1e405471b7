package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Currency string

type Money struct {
	Minor    int64 // amount in minor units (cents)
	Currency Currency
}

var ErrCurrencyMismatch = errors.New("currency mismatch")

func (m Money) String() string {
	neg := m.Minor < 0
	v := m.Minor
	if neg {
		v = -v
	}
	whole := strconv.FormatInt(v/100, 10)
	// thousands separators
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	s := fmt.Sprintf("%s.%02d %s", b.String(), v%100, m.Currency)
	if neg {
		return "(" + s + ")"
	}
	return s
}

func (m Money) Add(o Money) (Money, error) {
	if m.Currency != o.Currency {
		return Money{}, fmt.Errorf("add %s to %s: %w", o.Currency, m.Currency, ErrCurrencyMismatch)
	}
	return Money{m.Minor + o.Minor, m.Currency}, nil
}

// Allocate splits m by the given ratios without losing a cent; leftover
// cents go to the earliest shares.
func (m Money) Allocate(ratios ...int) []Money {
	total := 0
	for _, r := range ratios {
		total += r
	}
	out := make([]Money, len(ratios))
	remainder := m.Minor
	for i, r := range ratios {
		share := m.Minor * int64(r) / int64(total)
		out[i] = Money{share, m.Currency}
		remainder -= share
	}
	step := int64(1)
	if remainder < 0 {
		step = -1
	}
	for i := 0; remainder != 0; i++ {
		out[i%len(out)].Minor += step
		remainder -= step
	}
	return out
}

func ParseMoney(s string) (Money, error) {
	amt, cur, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok || len(cur) != 3 {
		return Money{}, fmt.Errorf("parse money %q: want \"<amount> <CUR>\"", s)
	}
	whole, frac, _ := strings.Cut(strings.ReplaceAll(amt, ",", ""), ".")
	if len(frac) > 2 {
		return Money{}, fmt.Errorf("parse money %q: too many decimals", s)
	}
	frac = (frac + "00")[:2]
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return Money{}, fmt.Errorf("parse money %q: %w", s, err)
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return Money{}, fmt.Errorf("parse money %q: %w", s, err)
	}
	minor := w*100 + f
	if strings.HasPrefix(whole, "-") {
		minor = w*100 - f
	}
	return Money{minor, Currency(cur)}, nil
}

func main() {
	inputs := []string{"1,250.5 USD", "99.99 USD", "-20 USD", "1000000 USD", "12.345 USD", "abc USD", "15 EUR", "7.5"}
	var sum = Money{0, "USD"}
	for _, in := range inputs {
		m, err := ParseMoney(in)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		next, err := sum.Add(m)
		if errors.Is(err, ErrCurrencyMismatch) {
			fmt.Println("skip:", err)
			continue
		}
		sum = next
		fmt.Printf("%-14q -> %20v   running %v\n", in, m, sum)
	}
	fmt.Println("total:", sum)

	rent := Money{1000000, "USD"}
	fmt.Println("split 10,000.00 three ways:", rent.Allocate(1, 1, 1))
	fmt.Println("split 100.00 by 70/20/10:", Money{10000, "EUR"}.Allocate(70, 20, 10))
	fmt.Println("split 0.05 by 1/1:", Money{5, "GBP"}.Allocate(1, 1))
	parts := Money{-1000, "USD"}.Allocate(1, 2)
	fmt.Println("negative refund split:", parts)
}
