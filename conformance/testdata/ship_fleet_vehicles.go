package main

import (
	"fmt"
	"sort"
)

type Vehicle interface {
	ID() string
	Capacity() int
	CostPerKm() float64
}

type base struct {
	id       string
	odometer int
}

func (b base) ID() string    { return b.id }
func (b *base) Drive(km int) { b.odometer += km }
func (b base) Odometer() int { return b.odometer }

type Van struct {
	base
	seats int
}

func (v Van) Capacity() int      { return 800 }
func (v Van) CostPerKm() float64 { return 0.42 }

type Truck struct {
	base
	axles int
}

func (t Truck) Capacity() int      { return 4000 * t.axles }
func (t Truck) CostPerKm() float64 { return 0.9 + 0.15*float64(t.axles) }

type Bike struct {
	base
}

func (Bike) Capacity() int      { return 40 }
func (Bike) CostPerKm() float64 { return 0.05 }
func (b Bike) String() string   { return "bike " + b.id }

type Driver interface {
	Drive(km int)
	Odometer() int
}

func cheapestFor(fleet []Vehicle, load, km int) (Vehicle, float64) {
	var best Vehicle
	bestCost := 0.0
	for _, v := range fleet {
		if v.Capacity() < load {
			continue
		}
		c := v.CostPerKm() * float64(km)
		if best == nil || c < bestCost {
			best, bestCost = v, c
		}
	}
	return best, bestCost
}

func main() {
	fleet := []Vehicle{
		&Van{base{"V1", 1200}, 2},
		&Truck{base{"T1", 88000}, 2},
		&Truck{base{"T2", 15000}, 3},
		&Bike{base{"B1", 300}},
	}
	jobs := []struct{ load, km int }{{25, 6}, {500, 40}, {6000, 120}, {10000, 300}, {20000, 50}}
	for _, j := range jobs {
		v, cost := cheapestFor(fleet, j.load, j.km)
		if v == nil {
			fmt.Printf("load %5d kg: no vehicle can carry it\n", j.load)
			continue
		}
		if d, ok := v.(Driver); ok {
			d.Drive(j.km)
		}
		fmt.Printf("load %5d kg, %3d km -> %-3s %-12T cost %7.2f\n", j.load, j.km, v.ID(), v, cost)
	}
	sort.Slice(fleet, func(i, j int) bool { return fleet[i].ID() < fleet[j].ID() })
	for _, v := range fleet {
		var kind string
		switch x := v.(type) {
		case *Truck:
			kind = fmt.Sprintf("truck with %d axles", x.axles)
		case *Van:
			kind = fmt.Sprintf("van with %d seats", x.seats)
		case fmt.Stringer:
			kind = x.String()
		}
		fmt.Printf("%s: %-20s odometer=%d\n", v.ID(), kind, v.(Driver).Odometer())
	}
}
