package main

import "fmt"

type Identity struct {
	Fleet  string
	Number int
}

func (i Identity) ID() string { return fmt.Sprintf("%s-%04d", i.Fleet, i.Number) }

type Odometer struct {
	km float64
}

func (o *Odometer) Travel(km float64) { o.km += km }
func (o Odometer) Distance() float64  { return o.km }

type Maintained struct {
	Odometer
	serviceEvery float64
	lastService  float64
}

func (m *Maintained) NeedsService() bool {
	return m.Distance()-m.lastService >= m.serviceEvery
}

func (m *Maintained) Service() { m.lastService = m.Distance() }

// MultipleUnit embeds identity and maintenance; its methods are promoted.
type MultipleUnit struct {
	Identity
	Maintained
	Cars int
}

// ID shadows the embedded Identity.ID to add the car count.
func (mu MultipleUnit) ID() string {
	return fmt.Sprintf("%s (%d-car)", mu.Identity.ID(), mu.Cars)
}

type Tracker interface {
	Travel(km float64)
	Distance() float64
}

func main() {
	units := []*MultipleUnit{
		{Identity: Identity{"EMU", 377}, Maintained: Maintained{serviceEvery: 500}, Cars: 4},
		{Identity: Identity{"DMU", 158}, Maintained: Maintained{serviceEvery: 350}, Cars: 2},
		{Identity: Identity{"EMU", 700}, Maintained: Maintained{serviceEvery: 800}, Cars: 12},
	}
	legs := []float64{120, 95.5, 210, 88, 143.25}

	for day, leg := range legs {
		for _, u := range units {
			var t Tracker = u // pointer has promoted Travel and Distance
			t.Travel(leg)
			if u.NeedsService() {
				fmt.Printf("day %d: %s due for service at %.2f km\n", day+1, u.ID(), u.Distance())
				u.Service()
			}
		}
	}

	fmt.Println()
	for _, u := range units {
		fmt.Printf("%-20s fleet=%s km=%8.2f since service=%7.2f\n",
			u.ID(), u.Fleet, u.Distance(), u.Distance()-u.lastService)
	}
	fmt.Printf("%+v\n", units[1].Identity)
	fmt.Println("plain identity id:", units[2].Identity.ID())
}
