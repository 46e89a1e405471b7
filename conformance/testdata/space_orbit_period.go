package main

import (
	"fmt"
	"math"
)

// Body is a central body that satellites orbit.
type Body struct {
	Name   string
	Mu     float64 // gravitational parameter, km^3/s^2
	Radius float64 // mean radius, km
}

// Orbit describes a circular orbit around a body.
type Orbit struct {
	Central  Body
	Altitude float64 // km above the surface
}

// SemiMajorAxis returns the orbit radius in km.
func (o Orbit) SemiMajorAxis() float64 {
	return o.Central.Radius + o.Altitude
}

// Period returns the orbital period in seconds using Kepler's third law.
func (o Orbit) Period() float64 {
	a := o.SemiMajorAxis()
	return 2 * math.Pi * math.Sqrt(a*a*a/o.Central.Mu)
}

// Velocity returns the circular orbital speed in km/s.
func (o Orbit) Velocity() float64 {
	return math.Sqrt(o.Central.Mu / o.SemiMajorAxis())
}

// Raise changes the altitude in place.
func (o *Orbit) Raise(km float64) {
	o.Altitude += km
}

func main() {
	earth := Body{Name: "Earth", Mu: 398600.4418, Radius: 6371.0}
	moon := Body{Name: "Moon", Mu: 4902.8, Radius: 1737.4}

	orbits := []struct {
		Label string
		Orbit Orbit
	}{
		{"ISS", Orbit{earth, 420}},
		{"Hubble", Orbit{earth, 540}},
		{"GPS", Orbit{earth, 20200}},
		{"GEO", Orbit{earth, 35786}},
		{"LunarLow", Orbit{moon, 100}},
	}

	fmt.Printf("%-10s %-6s %10s %10s %10s\n", "Craft", "Body", "a (km)", "T (min)", "v (km/s)")
	for _, item := range orbits {
		o := item.Orbit
		fmt.Printf("%-10s %-6s %10.1f %10.2f %10.3f\n",
			item.Label, o.Central.Name, o.SemiMajorAxis(), o.Period()/60, o.Velocity())
	}

	fmt.Println()
	iss := orbits[0].Orbit
	for range 3 {
		iss.Raise(50)
		fmt.Printf("boosted to %6.1f km: period %8.2f min\n", iss.Altitude, iss.Period()/60)
	}
	fmt.Printf("original ISS entry unchanged: %.0f km\n", orbits[0].Orbit.Altitude)
}
