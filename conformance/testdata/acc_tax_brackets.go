package main

import (
	"fmt"
	"sort"
	"strings"
)

type Bracket struct {
	Floor   int64 // whole dollars, inclusive lower bound of taxable income
	RateBps int64
}

type Schedule struct {
	Name     string
	Standard int64
	Brackets []Bracket
}

func (s Schedule) marginalIndex(taxable int64) int {
	// first bracket whose floor exceeds income, minus one
	i := sort.Search(len(s.Brackets), func(i int) bool { return s.Brackets[i].Floor > taxable })
	return i - 1
}

type Result struct {
	Gross, Taxable, TaxCents int64
	Marginal                 int64
	Parts                    []int64
}

func (s Schedule) Compute(gross int64) Result {
	taxable := max(gross-s.Standard, 0)
	r := Result{Gross: gross, Taxable: taxable}
	for i, b := range s.Brackets {
		if taxable <= b.Floor {
			break
		}
		upper := taxable
		if i+1 < len(s.Brackets) && s.Brackets[i+1].Floor < taxable {
			upper = s.Brackets[i+1].Floor
		}
		part := (upper - b.Floor) * b.RateBps / 100 // dollars*bps/100 == cents
		r.Parts = append(r.Parts, part)
		r.TaxCents += part
	}
	if mi := s.marginalIndex(taxable); mi >= 0 && taxable > 0 {
		r.Marginal = s.Brackets[mi].RateBps
	}
	return r
}

func money(c int64) string {
	s := fmt.Sprintf("%d", c/100)
	var b strings.Builder
	for i, ch := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(ch)
	}
	return fmt.Sprintf("%s.%02d", b.String(), c%100)
}

func main() {
	single := Schedule{"Single", 15000, []Bracket{
		{0, 1000}, {11925, 1200}, {48475, 2200}, {103350, 2400},
		{197300, 3200}, {250525, 3500}, {626350, 3700},
	}}
	joint := Schedule{"Married Joint", 30000, []Bracket{
		{0, 1000}, {23850, 1200}, {96950, 2200}, {206700, 2400},
		{394600, 3200}, {501050, 3500}, {751600, 3700},
	}}
	incomes := []int64{0, 14999, 15000, 30000, 58000, 95000, 150000, 275000, 800000}

	for _, s := range []Schedule{single, joint} {
		fmt.Printf("== %s (standard deduction %s) ==\n", s.Name, money(s.Standard*100))
		fmt.Printf("%12s %12s %12s %8s %9s\n", "Gross", "Taxable", "Tax", "Marg.", "Effective")
		for _, inc := range incomes {
			r := s.Compute(inc)
			eff := 0.0
			if r.Gross > 0 {
				eff = float64(r.TaxCents) / float64(r.Gross*100) * 100
			}
			fmt.Printf("%12s %12s %12s %7.1f%% %8.2f%%\n", money(r.Gross*100), money(r.Taxable*100),
				money(r.TaxCents), float64(r.Marginal)/100, eff)
		}
		fmt.Println()
	}

	r := single.Compute(275000)
	fmt.Println("bracket breakdown, single, gross 275,000:")
	for i, p := range r.Parts {
		fmt.Printf("  %2d%% on %-22s %12s\n", single.Brackets[i].RateBps/100,
			fmt.Sprintf("[%d, ...)", single.Brackets[i].Floor), money(p))
	}
	fmt.Printf("  %-28s %12s\n", "total", money(r.TaxCents))

	s1, j1 := single.Compute(120000), joint.Compute(240000)
	fmt.Printf("marriage check: 2x single %s vs joint %s, difference %s\n",
		money(2*s1.TaxCents), money(j1.TaxCents), money(2*s1.TaxCents-j1.TaxCents))
}
