package main

import (
	"fmt"
	"strings"
)

type Bracket struct {
	UpTo int64 // upper bound in dollars, 0 means no limit
	Rate int   // basis points
}

type Schedule struct {
	Name     string
	Standard int64
	Brackets []Bracket
}

type Line struct {
	From, To int64
	Rate     int
	Tax      int64 // cents
}

// Compute returns tax owed in cents with a per-bracket breakdown.
func (s Schedule) Compute(grossDollars int64) (int64, []Line) {
	taxable := max(grossDollars-s.Standard, 0)
	var total int64
	var lines []Line
	lower := int64(0)
	for _, b := range s.Brackets {
		upper := b.UpTo
		if upper == 0 || upper > taxable {
			upper = taxable
		}
		if upper <= lower {
			break
		}
		portion := upper - lower
		tax := (portion*100*int64(b.Rate) + 5000) / 10000
		lines = append(lines, Line{lower, upper, b.Rate, tax})
		total += tax
		lower = upper
		if b.UpTo == 0 {
			break
		}
	}
	return total, lines
}

func dollars(c int64) string {
	s := fmt.Sprintf("%d", c/100)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return fmt.Sprintf("$%s.%02d", b.String(), c%100)
}

func pct(bp int) string { return fmt.Sprintf("%d.%02d%%", bp/100, bp%100) }

func main() {
	single := Schedule{
		Name:     "single",
		Standard: 14600,
		Brackets: []Bracket{
			{11600, 1000}, {47150, 1200}, {100525, 2200}, {191950, 2400},
			{243725, 3200}, {609350, 3500}, {0, 3700},
		},
	}
	joint := Schedule{
		Name:     "joint",
		Standard: 29200,
		Brackets: []Bracket{
			{23200, 1000}, {94300, 1200}, {201050, 2200}, {383900, 2400},
			{487450, 3200}, {731200, 3500}, {0, 3700},
		},
	}

	tax, lines := single.Compute(95000)
	fmt.Println("single filer, gross $95,000 breakdown:")
	for _, l := range lines {
		fmt.Printf("  %10s - %10s @ %6s = %12s\n", dollars(l.From*100), dollars(l.To*100), pct(l.Rate), dollars(l.Tax))
	}
	fmt.Printf("  total %s\n\n", dollars(tax))

	incomes := []int64{10000, 30000, 60000, 95000, 150000, 250000, 750000}
	fmt.Printf("%11s | %-28s | %s\n", "gross", "single (tax, eff, marg)", "joint (tax, eff, marg)")
	fmt.Println(strings.Repeat("-", 73))
	for _, g := range incomes {
		fmt.Printf("%11s", dollars(g*100))
		for _, s := range []Schedule{single, joint} {
			t, ls := s.Compute(g)
			marg := 0
			if len(ls) > 0 {
				marg = ls[len(ls)-1].Rate
			}
			eff := int(t * 10000 / (g * 100))
			fmt.Printf(" | %12s %6s %6s", dollars(t), pct(eff), pct(marg))
		}
		fmt.Println()
	}

	// marriage penalty/bonus for two earners
	fmt.Println()
	pairs := [][2]int64{{50000, 50000}, {120000, 0}, {400000, 400000}}
	for _, p := range pairs {
		a, _ := single.Compute(p[0])
		b, _ := single.Compute(p[1])
		j, _ := joint.Compute(p[0] + p[1])
		diff := j - (a + b)
		label := "neutral"
		if diff > 0 {
			label = "penalty " + dollars(diff)
		} else if diff < 0 {
			label = "bonus " + dollars(-diff)
		}
		fmt.Printf("earners %v/%v: separate %s joint %s -> %s\n",
			p[0], p[1], dollars(a+b), dollars(j), label)
	}
}
