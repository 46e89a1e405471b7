package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

type Zone int

const (
	Domestic Zone = iota + 1
	Neighbor
	Continental
	Overseas
)

func (z Zone) String() string {
	names := [...]string{"unknown", "domestic", "neighbor", "continental", "overseas"}
	if z < 0 || int(z) >= len(names) {
		return names[0]
	}
	return names[z]
}

type Parcel struct {
	ID                 string
	WeightKg           float64
	LengthCm, WidthCm  float64
	HeightCm           float64
	Zone               Zone
	Fragile, Insured   bool
	DeclaredValueEuros float64
}

// Billable weight is the larger of actual and volumetric weight (L*W*H/5000).
func (p Parcel) BillableKg() float64 {
	vol := p.LengthCm * p.WidthCm * p.HeightCm / 5000
	return math.Ceil(math.Max(p.WeightKg, vol)*2) / 2 // round up to 0.5 kg
}

type Carrier interface {
	Name() string
	Quote(p Parcel) (float64, error)
}

var ErrNoService = errors.New("no service")

type tier struct {
	maxKg float64
	price float64
}

type TableCarrier struct {
	name  string
	tiers map[Zone][]tier
	perKg float64 // above the last tier
	maxKg float64
}

func (c TableCarrier) Name() string { return c.name }

func (c TableCarrier) Quote(p Parcel) (float64, error) {
	kg := p.BillableKg()
	if kg > c.maxKg {
		return 0, fmt.Errorf("%s: %.1f kg over limit %.0f kg: %w", c.name, kg, c.maxKg, ErrNoService)
	}
	ts, ok := c.tiers[p.Zone]
	if !ok {
		return 0, fmt.Errorf("%s: zone %v: %w", c.name, p.Zone, ErrNoService)
	}
	for _, t := range ts {
		if kg <= t.maxKg {
			return t.price, nil
		}
	}
	last := ts[len(ts)-1]
	return last.price + (kg-last.maxKg)*c.perKg, nil
}

// Surcharges decorates any carrier.
type Surcharges struct {
	Carrier
	FuelPct float64
}

func (s Surcharges) Quote(p Parcel) (float64, error) {
	base, err := s.Carrier.Quote(p)
	if err != nil {
		return 0, err
	}
	total := base * (1 + s.FuelPct/100)
	if p.Fragile {
		total += 4.50
	}
	if p.Insured {
		total += math.Max(2, p.DeclaredValueEuros*0.01)
	}
	return math.Round(total*100) / 100, nil
}

func main() {
	post := TableCarrier{"PostNet", map[Zone][]tier{
		Domestic: {{2, 4.99}, {5, 7.49}, {10, 10.99}},
		Neighbor: {{2, 12.50}, {5, 17.00}, {10, 24.00}},
	}, 1.80, 20}
	express := TableCarrier{"SwiftAir", map[Zone][]tier{
		Domestic:    {{1, 9.90}, {5, 14.90}},
		Neighbor:    {{1, 19.00}, {5, 29.00}},
		Continental: {{1, 29.00}, {5, 45.00}},
		Overseas:    {{1, 49.00}, {5, 79.00}},
	}, 6.50, 30}
	carriers := []Carrier{Surcharges{post, 8.5}, Surcharges{express, 12}}

	parcels := []Parcel{
		{"P1", 1.2, 30, 20, 10, Domestic, false, false, 0},
		{"P2", 3.0, 60, 40, 40, Neighbor, true, true, 450},
		{"P3", 0.4, 20, 15, 5, Overseas, false, true, 80},
		{"P4", 24.0, 80, 60, 50, Continental, false, false, 0},
	}

	for _, p := range parcels {
		fmt.Printf("%s %-11v actual %.1fkg billable %.1fkg\n", p.ID, p.Zone, p.WeightKg, p.BillableKg())
		type offer struct {
			carrier string
			price   float64
		}
		var offers []offer
		for _, c := range carriers {
			price, err := c.Quote(p)
			if errors.Is(err, ErrNoService) {
				fmt.Printf("   - %v\n", err)
				continue
			}
			offers = append(offers, offer{c.Name(), price})
		}
		sort.Slice(offers, func(i, j int) bool { return offers[i].price < offers[j].price })
		for i, o := range offers {
			best := ""
			if i == 0 {
				best = "  <- cheapest"
			}
			fmt.Printf("   %-9s EUR %7.2f%s\n", o.carrier, o.price, best)
		}
		if len(offers) == 0 {
			fmt.Println("   no carrier can ship this parcel")
		}
	}
}
