package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Tier struct {
	UpTo  int     // inclusive upper bound in units; 0 means unlimited
	Price float64 // per unit
}

type Plan struct {
	Name    string
	Base    float64
	Tiers   []Tier
	Minimum float64
}

type Usage struct {
	Customer string
	Plan     string
	Units    int
	Coupon   string
}

var ErrUnknownPlan = errors.New("unknown plan")

type Discount interface {
	Apply(amount float64) float64
	Describe() string
}

type Percent float64
type Flat float64

func (p Percent) Apply(a float64) float64 { return a * (1 - float64(p)/100) }
func (p Percent) Describe() string        { return fmt.Sprintf("%g%% off", float64(p)) }
func (f Flat) Apply(a float64) float64    { return max(0, a-float64(f)) }
func (f Flat) Describe() string           { return fmt.Sprintf("$%.2f off", float64(f)) }

func (p Plan) Charge(units int) (float64, []string) {
	total := p.Base
	var lines []string
	prev := 0
	for _, t := range p.Tiers {
		if units <= prev {
			break
		}
		hi := units
		if t.UpTo != 0 && t.UpTo < units {
			hi = t.UpTo
		}
		n := hi - prev
		total += float64(n) * t.Price
		lines = append(lines, fmt.Sprintf("%5d units @ %.3f = %8.2f", n, t.Price, float64(n)*t.Price))
		prev = hi
	}
	return max(total, p.Minimum), lines
}

func bill(plans map[string]Plan, coupons map[string]Discount, u Usage) (float64, error) {
	p, ok := plans[u.Plan]
	if !ok {
		return 0, fmt.Errorf("billing %s: %w: %q", u.Customer, ErrUnknownPlan, u.Plan)
	}
	amount, lines := p.Charge(u.Units)
	fmt.Printf("%s on %s (%d units), base %.2f\n", u.Customer, p.Name, u.Units, p.Base)
	for _, l := range lines {
		fmt.Println("   ", l)
	}
	if d, ok := coupons[u.Coupon]; ok {
		fmt.Printf("    coupon %s: %s\n", u.Coupon, d.Describe())
		amount = d.Apply(amount)
	} else if u.Coupon != "" {
		fmt.Printf("    coupon %s ignored\n", u.Coupon)
	}
	return amount, nil
}

func main() {
	plans := map[string]Plan{
		"basic": {"Basic", 5, []Tier{{100, 0.10}, {1000, 0.08}, {0, 0.05}}, 10},
		"pro":   {"Pro", 25, []Tier{{500, 0}, {0, 0.04}}, 0},
	}
	coupons := map[string]Discount{"SPRING10": Percent(10), "WELCOME": Flat(7.5)}
	usages := []Usage{
		{"acme", "basic", 1500, ""},
		{"blip", "basic", 20, "WELCOME"},
		{"core", "pro", 2750, "SPRING10"},
		{"dash", "enterprise", 10, ""},
		{"echo", "pro", 100, "BOGUS"},
	}
	totals := map[string]float64{}
	for _, u := range usages {
		amt, err := bill(plans, coupons, u)
		if err != nil {
			fmt.Println("error:", err, "| unknown plan:", errors.Is(err, ErrUnknownPlan))
			continue
		}
		totals[u.Customer] = amt
		fmt.Printf("    => %.2f\n", amt)
	}
	names := make([]string, 0, len(totals))
	for n := range totals {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return totals[names[i]] > totals[names[j]] })
	fmt.Println(strings.Repeat("-", 24))
	for _, n := range names {
		fmt.Printf("%-6s %10.2f\n", n, totals[n])
	}
}
