package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee interface {
	Pay() float64
	fmt.Stringer
}

type Person struct {
	Name string
	ID   int
}

func (p Person) String() string { return fmt.Sprintf("%s (#%03d)", p.Name, p.ID) }

type Salaried struct {
	Person
	Annual float64
}

func (s Salaried) Pay() float64 { return s.Annual / 12 }

type Hourly struct {
	Person
	Rate, Hours float64
}

func (h Hourly) Pay() float64 {
	overtime := max(0, h.Hours-160)
	return h.Rate*(h.Hours-overtime) + h.Rate*1.5*overtime
}

type Commissioned struct {
	Salaried
	Sales, Percent float64
}

func (c Commissioned) Pay() float64 { return c.Salaried.Pay() + c.Sales*c.Percent/100 }

type Contractor struct {
	Person
	Invoices []float64
}

func (c *Contractor) Pay() float64 {
	total := 0.0
	for _, inv := range c.Invoices {
		total += inv
	}
	return total
}

func describe(e Employee) string {
	switch v := e.(type) {
	case Commissioned:
		return fmt.Sprintf("commission %.1f%% on %.0f", v.Percent, v.Sales)
	case Salaried:
		return fmt.Sprintf("salary %.0f/yr", v.Annual)
	case Hourly:
		if v.Hours > 160 {
			return fmt.Sprintf("%.1fh @ %.2f (+%.1fh OT)", v.Hours, v.Rate, v.Hours-160)
		}
		return fmt.Sprintf("%.1fh @ %.2f", v.Hours, v.Rate)
	case *Contractor:
		return fmt.Sprintf("%d invoice(s)", len(v.Invoices))
	default:
		return "unknown"
	}
}

func main() {
	staff := []Employee{
		Salaried{Person{"Grace", 1}, 96000},
		Hourly{Person{"Linus", 7}, 22.5, 172},
		Commissioned{Salaried{Person{"Ada", 3}, 48000}, 85000, 4.5},
		&Contractor{Person{"Ken", 12}, []float64{1200, 850.75, 430}},
		Hourly{Person{"Rob", 5}, 30, 120.5},
	}
	totals := map[string]float64{}
	var grand float64
	fmt.Printf("%-14s %-14s %-30s %10s\n", "employee", "type", "terms", "pay")
	fmt.Println(strings.Repeat("=", 71))
	for _, e := range staff {
		kind := strings.Replace(fmt.Sprintf("%T", e), "main.", "", 1)
		totals[kind] += e.Pay()
		grand += e.Pay()
		fmt.Printf("%-14v %-14s %-30s %10.2f\n", e, kind, describe(e), e.Pay())
	}
	fmt.Println(strings.Repeat("=", 71))
	fmt.Printf("%-60s %10.2f\n", "total payroll", grand)

	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Pay() > staff[j].Pay() })
	fmt.Println("top earner:", staff[0], "| lowest:", staff[len(staff)-1])
	fmt.Printf("by type: %v\n", totals)
}
