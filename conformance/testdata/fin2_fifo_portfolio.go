package main

import (
	"errors"
	"fmt"
	"sort"
)

type Lot struct {
	Shares int
	Cost   int64 // cents per share
}

type Portfolio struct {
	lots     map[string][]Lot
	realized map[string]int64
}

var ErrInsufficient = errors.New("insufficient shares")

func NewPortfolio() *Portfolio {
	return &Portfolio{lots: map[string][]Lot{}, realized: map[string]int64{}}
}

func (p *Portfolio) Buy(sym string, shares int, price int64) {
	p.lots[sym] = append(p.lots[sym], Lot{shares, price})
}

func (p *Portfolio) Held(sym string) (n int) {
	for _, l := range p.lots[sym] {
		n += l.Shares
	}
	return
}

// Sell consumes the oldest lots first and returns the realized gain.
func (p *Portfolio) Sell(sym string, shares int, price int64) (gain int64, err error) {
	if have := p.Held(sym); have < shares {
		return 0, fmt.Errorf("sell %d %s (have %d): %w", shares, sym, have, ErrInsufficient)
	}
	lots := p.lots[sym]
	for shares > 0 {
		take := min(shares, lots[0].Shares)
		gain += int64(take) * (price - lots[0].Cost)
		lots[0].Shares -= take
		shares -= take
		if lots[0].Shares == 0 {
			lots = lots[1:]
		}
	}
	p.lots[sym] = lots
	p.realized[sym] += gain
	return gain, nil
}

func money(c int64) string {
	s := ""
	if c < 0 {
		s, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", s, c/100, c%100)
}

func main() {
	p := NewPortfolio()
	p.Buy("ACME", 100, 1050)
	p.Buy("ACME", 50, 1200)
	p.Buy("GLOBX", 30, 8825)
	p.Buy("ACME", 25, 990)
	p.Buy("INIT", 10, 45000)

	sells := []struct {
		sym    string
		shares int
		price  int64
	}{
		{"ACME", 120, 1175},
		{"GLOBX", 40, 9000},
		{"GLOBX", 10, 8500},
		{"ACME", 40, 1010},
	}
	for _, s := range sells {
		g, err := p.Sell(s.sym, s.shares, s.price)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("sold %3d %-5s @ %7s gain %9s\n", s.shares, s.sym, money(s.price), money(g))
	}

	prices := map[string]int64{"ACME": 1100, "GLOBX": 9100}
	syms := make([]string, 0, len(p.lots))
	for s := range p.lots {
		syms = append(syms, s)
	}
	sort.Strings(syms)
	var totalValue, totalUnreal int64
	for _, s := range syms {
		px, ok := prices[s] // missing quote: value at zero
		var cost int64
		for _, l := range p.lots[s] {
			cost += int64(l.Shares) * l.Cost
		}
		n := p.Held(s)
		value := int64(n) * px
		note := ""
		if !ok {
			note = " (no quote)"
		}
		fmt.Printf("%-5s %4d sh lots=%d cost %9s value %9s unrealized %9s realized %8s%s\n",
			s, n, len(p.lots[s]), money(cost), money(value), money(value-cost), money(p.realized[s]), note)
		totalValue += value
		totalUnreal += value - cost
	}
	fmt.Printf("portfolio value %s unrealized %s\n", money(totalValue), money(totalUnreal))
}
