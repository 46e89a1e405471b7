package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"text/tabwriter"
)

type Cents int64

func (c Cents) String() string {
	neg := c < 0
	if neg {
		c = -c
	}
	s := fmt.Sprintf("%d.%02d", c/100, c%100)
	// thousands separators
	intPart, frac := s[:len(s)-3], s[len(s)-3:]
	var out []byte
	for i, ch := range []byte(intPart) {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, ch)
	}
	res := string(out) + frac
	if neg {
		return "(" + res + ")"
	}
	return res
}

type Position struct {
	Symbol   string
	Shares   int64
	CostBase Cents // total cost
}

type Quote struct {
	Last  Cents
	Prior Cents
}

type Row struct {
	Position
	Value  Cents
	PnL    Cents
	DayChg Cents
}

func main() {
	positions := []Position{
		{"MSFT", 120, 3612000},
		{"AAPL", 250, 4180050},
		{"XOM", 400, 4400000},
		{"TSLA", 60, 1620000},
		{"JPM", 180, 2880000},
		{"CASH", 1, 1250075},
	}
	quotes := map[string]Quote{
		"MSFT": {41525, 41010},
		"AAPL": {18933, 19102},
		"XOM":  {10487, 10390},
		"TSLA": {17250, 18011},
		"JPM":  {19844, 19701},
		"CASH": {1250075, 1250075},
	}

	rows := make([]Row, 0, len(positions))
	var total, cost, day Cents
	for _, p := range positions {
		q, ok := quotes[p.Symbol]
		if !ok {
			fmt.Println("missing quote for", p.Symbol)
			continue
		}
		r := Row{Position: p}
		r.Value = Cents(p.Shares) * q.Last
		r.PnL = r.Value - p.CostBase
		r.DayChg = Cents(p.Shares) * (q.Last - q.Prior)
		rows = append(rows, r)
		total += r.Value
		cost += p.CostBase
		day += r.DayChg
	}

	slices.SortFunc(rows, func(a, b Row) int {
		return cmp.Or(cmp.Compare(b.Value, a.Value), cmp.Compare(a.Symbol, b.Symbol))
	})

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "Symbol\tShares\tValue\tWeight\tUnrealized\tDay\t")
	for _, r := range rows {
		weight := float64(r.Value) / float64(total) * 100
		fmt.Fprintf(w, "%s\t%d\t%v\t%.2f%%\t%v\t%v\t\n", r.Symbol, r.Shares, r.Value, weight, r.PnL, r.DayChg)
	}
	fmt.Fprintf(w, "TOTAL\t\t%v\t100.00%%\t%v\t%v\t\n", total, total-cost, day)
	w.Flush()

	ret := float64(total-cost) / float64(cost) * 100
	fmt.Printf("\ncost basis %v, market value %v, return %.3f%%\n", cost, total, ret)

	// target rebalancing: equal weight among non-cash holdings
	var equities []Row
	var eqValue Cents
	for _, r := range rows {
		if r.Symbol != "CASH" {
			equities = append(equities, r)
			eqValue += r.Value
		}
	}
	target := eqValue / Cents(len(equities))
	fmt.Printf("equal-weight target per name: %v\n", target)
	for _, r := range equities {
		px := quotes[r.Symbol].Last
		diff := target - r.Value
		shares := int64(diff / px)
		action := "HOLD"
		if shares > 0 {
			action = fmt.Sprintf("BUY  %d", shares)
		} else if shares < 0 {
			action = fmt.Sprintf("SELL %d", -shares)
		}
		fmt.Printf("  %-5s %s\n", r.Symbol, action)
	}
}
