package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type Person struct {
	ID   int
	Name string
}

func (p Person) Label() string { return fmt.Sprintf("#%03d %s", p.ID, p.Name) }

type Payable interface {
	Label() string
	Gross() float64
}

type Salaried struct {
	Person
	Annual float64
}

func (s Salaried) Gross() float64 { return s.Annual / 26 } // biweekly

type Hourly struct {
	Person
	Rate  float64
	Hours float64
}

func (h Hourly) Gross() float64 {
	reg := min(h.Hours, 80)
	ot := max(h.Hours-80, 0)
	return reg*h.Rate + ot*h.Rate*1.5
}

type Commissioned struct {
	Salaried
	Sales float64
	Pct   float64
}

func (c Commissioned) Gross() float64 { return c.Salaried.Gross() + c.Sales*c.Pct }

type bracket struct {
	upTo float64
	rate float64
}

var brackets = []bracket{
	{1000, 0.10},
	{3000, 0.20},
	{1e12, 0.30},
}

func incomeTax(gross float64) float64 {
	tax, lower := 0.0, 0.0
	for _, b := range brackets {
		if gross <= lower {
			break
		}
		taxable := min(gross, b.upTo) - lower
		tax += taxable * b.rate
		lower = b.upTo
	}
	return tax
}

func round2(v float64) float64 {
	if v < 0 {
		return -round2(-v)
	}
	return float64(int64(v*100+0.5)) / 100
}

func main() {
	staff := []Payable{
		Salaried{Person{1, "Grace Hopper"}, 98000},
		Hourly{Person{2, "Linus T."}, 31.50, 86},
		Hourly{Person{3, "Ada L."}, 28.00, 72.5},
		Commissioned{Salaried{Person{4, "Dale C."}, 41600}, 23500, 0.04},
	}

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "Employee\tType\tGross\tTax\tPension\tNet")
	fmt.Fprintln(w, "--------\t----\t-----\t---\t-------\t---")
	var tg, tt, tp, tn float64
	for _, e := range staff {
		var kind string
		switch e.(type) {
		case Salaried:
			kind = "salary"
		case Hourly:
			kind = "hourly"
		case Commissioned:
			kind = "comm."
		}
		g := round2(e.Gross())
		t := round2(incomeTax(g))
		p := round2(g * 0.05)
		n := g - t - p
		tg, tt, tp, tn = tg+g, tt+t, tp+p, tn+n
		fmt.Fprintf(w, "%s\t%s\t%.2f\t%.2f\t%.2f\t%.2f\n", e.Label(), kind, g, t, p, n)
	}
	fmt.Fprintf(w, "TOTAL\t\t%.2f\t%.2f\t%.2f\t%.2f\n", tg, tt, tp, tn)
	w.Flush()

	if h, ok := staff[1].(Hourly); ok && h.Hours > 80 {
		fmt.Printf("\nOvertime: %s worked %.1f extra hours\n", h.Name, h.Hours-80)
	}
}
