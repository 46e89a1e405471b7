package main

import (
	"fmt"
	"time"
)

type Rate struct {
	Upto  time.Duration
	Cents int
}

type Tariff struct {
	Name     string
	Tiers    []Rate
	DailyCap int
}

func (t Tariff) Fee(stay time.Duration) int {
	if stay <= 0 {
		return 0
	}
	total := 0
	days := int(stay / (24 * time.Hour))
	rest := stay % (24 * time.Hour)
	total += days * t.DailyCap
	if rest == 0 {
		return total
	}
	dayFee := t.Tiers[len(t.Tiers)-1].Cents
	for _, r := range t.Tiers {
		if rest <= r.Upto {
			dayFee = r.Cents
			break
		}
	}
	return total + min(dayFee, t.DailyCap)
}

func money(c int) string {
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

func main() {
	standard := Tariff{
		Name: "standard",
		Tiers: []Rate{
			{30 * time.Minute, 0},
			{time.Hour, 300},
			{2 * time.Hour, 550},
			{4 * time.Hour, 900},
			{8 * time.Hour, 1500},
			{24 * time.Hour, 2200},
		},
		DailyCap: 2000,
	}
	airport := Tariff{
		Name: "airport",
		Tiers: []Rate{
			{10 * time.Minute, 0},
			{time.Hour, 600},
			{24 * time.Hour, 3500},
		},
		DailyCap: 3500,
	}

	stays := []time.Duration{
		0,
		20 * time.Minute,
		45 * time.Minute,
		90*time.Minute + 30*time.Second,
		3 * time.Hour,
		7*time.Hour + 59*time.Minute,
		10 * time.Hour,
		26 * time.Hour,
		72 * time.Hour,
	}

	fmt.Printf("%-14s %10s %10s\n", "stay", standard.Name, airport.Name)
	for _, s := range stays {
		fmt.Printf("%-14v %10s %10s\n", s, money(standard.Fee(s)), money(airport.Fee(s)))
	}

	total := 0
	for _, s := range stays {
		total += standard.Fee(s)
	}
	fmt.Println("standard revenue:", money(total))
	fmt.Println("rounded stay:", (90*time.Minute + 30*time.Second).Round(time.Hour))
	fmt.Println("truncated stay:", (7*time.Hour + 59*time.Minute).Truncate(time.Hour))
}
