package main

import (
	"fmt"
	"math"
)

type FilingStatus int

const (
	Single FilingStatus = iota
	Joint
	HeadOfHousehold
)

func (f FilingStatus) String() string {
	switch f {
	case Single:
		return "single"
	case Joint:
		return "joint"
	case HeadOfHousehold:
		return "head-of-household"
	}
	return "?"
}

type Bracket struct {
	Floor int64 // whole dollars
	Rate  float64
}

var schedules = map[FilingStatus][]Bracket{
	Single: {{0, 0.10}, {11000, 0.12}, {44725, 0.22}, {95375, 0.24}, {182100, 0.32}},
	Joint:  {{0, 0.10}, {22000, 0.12}, {89450, 0.22}, {190750, 0.24}, {364200, 0.32}},
}

var standardDeduction = map[FilingStatus]int64{Single: 13850, Joint: 27700, HeadOfHousehold: 20800}

// Tax returns the tax owed plus the marginal rate that applies.
func Tax(income int64, status FilingStatus) (tax float64, marginal float64, err error) {
	brackets, ok := schedules[status]
	if !ok {
		return 0, 0, fmt.Errorf("no bracket table for %v", status)
	}
	taxable := max(income-standardDeduction[status], 0)
	for i, b := range brackets {
		if taxable <= b.Floor {
			break
		}
		top := taxable
		if i+1 < len(brackets) && brackets[i+1].Floor < taxable {
			top = brackets[i+1].Floor
		}
		tax += float64(top-b.Floor) * b.Rate
		marginal = b.Rate
	}
	tax = math.Round(tax*100) / 100
	return
}

func main() {
	cases := []struct {
		income int64
		status FilingStatus
	}{
		{9000, Single},
		{52000, Single},
		{120000, Single},
		{250000, Single},
		{120000, Joint},
		{400000, Joint},
		{75000, HeadOfHousehold},
	}
	for _, c := range cases {
		tax, marg, err := Tax(c.income, c.status)
		if err != nil {
			fmt.Printf("%8d %-18v error: %v\n", c.income, c.status, err)
			continue
		}
		eff := 0.0
		if c.income > 0 {
			eff = tax / float64(c.income) * 100
		}
		fmt.Printf("%8d %-18v tax %10.2f marginal %2.0f%% effective %5.2f%%\n",
			c.income, c.status, tax, marg*100, eff)
	}
	// Marriage penalty/bonus check.
	a, _, _ := Tax(120000, Single)
	b, _, _ := Tax(60000, Single)
	j, _, _ := Tax(180000, Joint)
	fmt.Printf("two singles %.2f vs joint %.2f: difference %.2f\n", a+b, j, a+b-j)
}
