package main

import "fmt"

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

type Zone int

const (
	Domestic Zone = iota
	Neighbor
	Overseas
)

func (z Zone) String() string {
	return [...]string{"domestic", "neighbor", "overseas"}[z]
}

type Parcel struct {
	WeightGrams int
	Zone        Zone
	OrderTotal  Cents
	Express     bool
}

// A ShippingRule may adjust the cost computed so far and report a note.
type ShippingRule func(p Parcel, cost Cents) (Cents, string)

func baseRate(perKg map[Zone]Cents, minimum Cents) ShippingRule {
	return func(p Parcel, _ Cents) (Cents, string) {
		kg := (p.WeightGrams + 999) / 1000 // round up to whole kilos
		cost := max(perKg[p.Zone]*Cents(kg), minimum)
		return cost, fmt.Sprintf("base %dkg %s", kg, p.Zone)
	}
}

func expressSurcharge(percent int64) ShippingRule {
	return func(p Parcel, cost Cents) (Cents, string) {
		if !p.Express {
			return cost, ""
		}
		return cost + cost*Cents(percent)/100, fmt.Sprintf("express +%d%%", percent)
	}
}

func freeOver(threshold Cents, zone Zone) ShippingRule {
	return func(p Parcel, cost Cents) (Cents, string) {
		if p.Zone == zone && p.OrderTotal >= threshold && !p.Express {
			return 0, "free shipping over " + threshold.String()
		}
		return cost, ""
	}
}

func capAt(limit Cents) ShippingRule {
	return func(p Parcel, cost Cents) (Cents, string) {
		if cost > limit {
			return limit, "capped at " + limit.String()
		}
		return cost, ""
	}
}

func Quote(p Parcel, rules []ShippingRule) (Cents, []string) {
	var cost Cents
	var notes []string
	for _, r := range rules {
		var note string
		cost, note = r(p, cost)
		if note != "" {
			notes = append(notes, note)
		}
	}
	return cost, notes
}

func main() {
	rules := []ShippingRule{
		baseRate(map[Zone]Cents{Domestic: 250, Neighbor: 600, Overseas: 1400}, 499),
		expressSurcharge(50),
		freeOver(5000, Domestic),
		capAt(9900),
	}

	parcels := []Parcel{
		{WeightGrams: 300, Zone: Domestic, OrderTotal: 1500},
		{WeightGrams: 2400, Zone: Domestic, OrderTotal: 7500},
		{WeightGrams: 2400, Zone: Domestic, OrderTotal: 7500, Express: true},
		{WeightGrams: 4100, Zone: Neighbor, OrderTotal: 3000},
		{WeightGrams: 1000, Zone: Overseas, OrderTotal: 12000, Express: true},
		{WeightGrams: 9500, Zone: Overseas, OrderTotal: 20000},
	}

	var total Cents
	for i, p := range parcels {
		cost, notes := Quote(p, rules)
		total += cost
		fmt.Printf("#%d %5dg %-8s order %-8s -> %s\n", i+1, p.WeightGrams, p.Zone, p.OrderTotal, cost)
		for _, n := range notes {
			fmt.Println("     *", n)
		}
	}
	fmt.Println("shipping collected:", total)
}
