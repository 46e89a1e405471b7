package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"time"
)

type Segment int

const (
	Churned Segment = iota
	AtRisk
	Regular
	Loyal
	Champion
)

func (s Segment) String() string {
	switch s {
	case Champion:
		return "Champion"
	case Loyal:
		return "Loyal"
	case Regular:
		return "Regular"
	case AtRisk:
		return "At risk"
	default:
		return "Churned"
	}
}

type Purchase struct {
	Customer string
	Date     time.Time
	Amount   float64
}

type Profile struct {
	Customer  string
	Orders    int
	Spend     float64
	LastOrder time.Time
}

func (p Profile) Recency(asOf time.Time) int { return int(asOf.Sub(p.LastOrder).Hours() / 24) }

func classify(p Profile, asOf time.Time) Segment {
	r := p.Recency(asOf)
	switch {
	case r > 180:
		return Churned
	case r > 90:
		return AtRisk
	case p.Orders >= 5 && p.Spend >= 1000:
		return Champion
	case p.Orders >= 3:
		return Loyal
	default:
		return Regular
	}
}

func main() {
	asOf := time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)
	d := func(m time.Month, day int) time.Time { return time.Date(2024, m, day, 0, 0, 0, 0, time.UTC) }
	old := func(m time.Month, day int) time.Time { return time.Date(2023, m, day, 0, 0, 0, 0, time.UTC) }

	purchases := []Purchase{
		{"Bluebird Cafe", d(1, 5), 320}, {"Bluebird Cafe", d(2, 9), 280}, {"Bluebird Cafe", d(3, 14), 410},
		{"Bluebird Cafe", d(5, 2), 150}, {"Bluebird Cafe", d(6, 20), 390},
		{"Corner Books", d(2, 1), 75}, {"Corner Books", d(3, 3), 60},
		{"Delta Florist", old(11, 12), 540}, {"Delta Florist", d(1, 30), 210},
		{"Echo Gym", old(10, 1), 99}, {"Echo Gym", old(12, 1), 99},
		{"Fern Studio", d(6, 28), 1200},
		{"Gale Hardware", d(4, 4), 88}, {"Gale Hardware", d(5, 5), 97}, {"Gale Hardware", d(6, 6), 104},
		{"Harbor Deli", d(3, 15), 45},
	}

	profiles := map[string]*Profile{}
	for _, p := range purchases {
		pr, ok := profiles[p.Customer]
		if !ok {
			pr = &Profile{Customer: p.Customer}
			profiles[p.Customer] = pr
		}
		pr.Orders++
		pr.Spend += p.Amount
		if p.Date.After(pr.LastOrder) {
			pr.LastOrder = p.Date
		}
	}

	bySeg := map[Segment][]Profile{}
	for _, name := range slices.Sorted(maps.Keys(profiles)) {
		p := *profiles[name]
		s := classify(p, asOf)
		bySeg[s] = append(bySeg[s], p)
	}

	segs := slices.Sorted(maps.Keys(bySeg))
	slices.Reverse(segs)
	for _, s := range segs {
		members := bySeg[s]
		slices.SortFunc(members, func(a, b Profile) int {
			return cmp.Or(
				cmp.Compare(b.Spend, a.Spend),
				cmp.Compare(a.Customer, b.Customer),
			)
		})
		fmt.Printf("== %s (%d)\n", s, len(members))
		for _, m := range members {
			fmt.Printf("   %-14s orders=%d spend=%8.2f last=%s (%3dd ago)\n",
				m.Customer, m.Orders, m.Spend, m.LastOrder.Format("2006-01-02"), m.Recency(asOf))
		}
	}

	all := slices.Collect(maps.Values(profiles))
	top := slices.MaxFunc(all, func(a, b *Profile) int { return cmp.Compare(a.Spend/float64(a.Orders), b.Spend/float64(b.Orders)) })
	fmt.Printf("highest average order: %s (%.2f)\n", top.Customer, top.Spend/float64(top.Orders))
}
