package main

import (
	"fmt"
	"sort"
)

type Transport interface {
	Cost(km float64) float64
	Name() string
}

type Flight struct {
	Airline string
	Class   string
}

type Train struct {
	Operator   string
	FirstClass bool
}

type Bus struct {
	Company string
}

type Rental struct {
	Model  string
	PerDay float64
	Days   int
}

func (f Flight) Name() string { return f.Airline + " flight" }
func (f Flight) Cost(km float64) float64 {
	base := 45 + km*0.11
	if f.Class == "business" {
		base *= 2.8
	}
	return base
}

func (t Train) Name() string { return t.Operator + " train" }
func (t Train) Cost(km float64) float64 {
	c := km * 0.14
	if t.FirstClass {
		c *= 1.6
	}
	return c
}

func (b Bus) Name() string            { return b.Company + " coach" }
func (b Bus) Cost(km float64) float64 { return 5 + km*0.06 }

func (r *Rental) Name() string { return "rental " + r.Model }
func (r *Rental) Cost(km float64) float64 {
	return r.PerDay*float64(r.Days) + km*0.09
}

func describe(t Transport) string {
	switch v := t.(type) {
	case Flight:
		return fmt.Sprintf("flies with %s in %s", v.Airline, v.Class)
	case Train:
		if v.FirstClass {
			return "rides first class"
		}
		return "rides standard class"
	case *Rental:
		return fmt.Sprintf("drives a %s for %d days", v.Model, v.Days)
	default:
		return fmt.Sprintf("takes a %T", v)
	}
}

func main() {
	const distance = 620.0 // km, Berlin to Munich-ish
	options := []Transport{
		Flight{"Lufthansa", "economy"},
		Flight{"Lufthansa", "business"},
		Train{"DB", false},
		Train{"DB", true},
		Bus{"FlixBus"},
		&Rental{"Golf", 39.0, 2},
	}

	sort.SliceStable(options, func(i, j int) bool {
		return options[i].Cost(distance) < options[j].Cost(distance)
	})

	fmt.Printf("Options for %.0f km, cheapest first:\n", distance)
	for _, o := range options {
		fmt.Printf("  %-22s %8.2f EUR  %s\n", o.Name(), o.Cost(distance), describe(o))
	}

	var budget float64 = 120
	count := 0
	for _, o := range options {
		if _, isFlight := o.(Flight); isFlight && o.Cost(distance) <= budget {
			count++
		}
	}
	fmt.Printf("flights within %.0f EUR: %d\n", budget, count)

	for _, o := range options {
		if r, ok := o.(*Rental); ok {
			r.Days++
			fmt.Printf("extended %s to %d days: %.2f EUR\n", r.Name(), r.Days, o.Cost(distance))
		}
	}
	fmt.Printf("most expensive is %T\n", options[len(options)-1])
}
