package main

import (
	"fmt"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

func pct(c Cents, bps int64) Cents { return Cents((int64(c)*bps + 5000) / 10000) }

type Employee struct {
	ID   int
	Name string
	YTD  Cents // year-to-date gross before this run
}

func (e Employee) Label() string { return fmt.Sprintf("#%03d %s", e.ID, e.Name) }

type Payable interface {
	Label() string
	Gross() Cents
	Base() *Employee
}

type Salaried struct {
	Employee
	Annual Cents
}

func (s Salaried) Gross() Cents     { return s.Annual / 26 }
func (s *Salaried) Base() *Employee { return &s.Employee }

type Hourly struct {
	Employee
	Rate  Cents
	Hours []float64 // per week, two weeks per period
}

func (h Hourly) Gross() Cents {
	var total Cents
	for _, hrs := range h.Hours {
		reg, ot := hrs, 0.0
		if hrs > 40 {
			reg, ot = 40, hrs-40
		}
		total += Cents(reg*float64(h.Rate) + ot*float64(h.Rate)*1.5 + 0.5)
	}
	return total
}
func (h *Hourly) Base() *Employee { return &h.Employee }

type Commissioned struct {
	Employee
	Draw    Cents
	Sales   Cents
	RateBps int64
}

func (c Commissioned) Gross() Cents     { return c.Draw + pct(c.Sales, c.RateBps) }
func (c *Commissioned) Base() *Employee { return &c.Employee }

const (
	ssRate     = 620
	ssWageBase = Cents(17610000)
	mediRate   = 145
	fedRate    = 1200
)

type Stub struct {
	Label                     string
	Kind                      string
	Gross, SS, Medi, Fed, Net Cents
}

func run(p Payable) Stub {
	e := p.Base()
	g := p.Gross()
	ssable := g
	if e.YTD >= ssWageBase {
		ssable = 0
	} else if e.YTD+g > ssWageBase {
		ssable = ssWageBase - e.YTD
	}
	s := Stub{Label: p.Label(), Kind: strings.TrimPrefix(fmt.Sprintf("%T", p), "*main."), Gross: g}
	s.SS = pct(ssable, ssRate)
	s.Medi = pct(g, mediRate)
	s.Fed = pct(g, fedRate)
	s.Net = g - s.SS - s.Medi - s.Fed
	e.YTD += g
	return s
}

func main() {
	staff := []Payable{
		&Salaried{Employee{1, "Alice Moreno", 0}, 9500000},
		&Hourly{Employee{2, "Bob Chen", 120000}, 2350, []float64{40, 46.5}},
		&Commissioned{Employee{3, "Carla Diaz", 500000}, 150000, 4200000, 350},
		&Salaried{Employee{4, "Dev Patel", 17500000}, 26000000},
		&Hourly{Employee{5, "Eve Novak", 0}, 1875, []float64{32, 38.25}},
		&Salaried{Employee{6, "Frank Ode", 17700000}, 30000000},
	}
	var stubs []Stub
	for period := 1; period <= 2; period++ {
		for _, p := range staff {
			stubs = append(stubs, run(p))
		}
	}
	fmt.Printf("%-18s %-12s %10s %9s %8s %9s %10s\n", "Employee", "Kind", "Gross", "SocSec", "Medi", "FedWH", "Net")
	var tot Stub
	for i, s := range stubs {
		if i%len(staff) == 0 {
			fmt.Printf("-- period %d --\n", i/len(staff)+1)
		}
		fmt.Printf("%-18s %-12s %10v %9v %8v %9v %10v\n", s.Label, s.Kind, s.Gross, s.SS, s.Medi, s.Fed, s.Net)
		tot.Gross += s.Gross
		tot.SS += s.SS
		tot.Medi += s.Medi
		tot.Fed += s.Fed
		tot.Net += s.Net
	}
	fmt.Printf("%-31s %10v %9v %8v %9v %10v\n", "TOTALS", tot.Gross, tot.SS, tot.Medi, tot.Fed, tot.Net)

	fmt.Println("\nYTD after run (highest first):")
	sorted := append([]Payable(nil), staff...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Base().YTD > sorted[j].Base().YTD })
	for _, p := range sorted {
		detail := ""
		switch v := p.(type) {
		case *Hourly:
			detail = fmt.Sprintf("hours=%v", v.Hours)
		case *Commissioned:
			detail = fmt.Sprintf("sales=%v rate=%.2f%%", v.Sales, float64(v.RateBps)/100)
		case *Salaried:
			detail = fmt.Sprintf("annual=%v", v.Annual)
		}
		capped := ""
		if p.Base().YTD >= ssWageBase {
			capped = " [SS cap reached]"
		}
		fmt.Printf("  %-18s %12v  %s%s\n", p.Label(), p.Base().YTD, detail, capped)
	}
}
