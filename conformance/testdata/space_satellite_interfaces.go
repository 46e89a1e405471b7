package main

import (
	"fmt"
	"math"
)

// Spacecraft is anything mission control can ping.
type Spacecraft interface {
	Callsign() string
	PowerWatts() float64
}

type CommSat struct {
	Name         string
	Transponders int
}

func (c CommSat) Callsign() string    { return c.Name }
func (c CommSat) PowerWatts() float64 { return float64(c.Transponders) * 120 }

type Probe struct {
	Name       string
	DistanceAU float64
	RTGWatts   float64
}

func (p *Probe) Callsign() string    { return p.Name }
func (p *Probe) PowerWatts() float64 { return p.RTGWatts }

// LightDelay reports one-way signal delay in minutes.
func (p *Probe) LightDelay() float64 { return p.DistanceAU * 499.0 / 60 }

type Station struct {
	Name  string
	Crew  int
	Array float64
}

func (s Station) Callsign() string    { return s.Name }
func (s Station) PowerWatts() float64 { return s.Array * 1000 }

// Crewed is implemented by spacecraft with people aboard.
type Crewed interface {
	CrewCount() int
}

func (s Station) CrewCount() int { return s.Crew }

func describe(sc Spacecraft) string {
	switch v := sc.(type) {
	case CommSat:
		return fmt.Sprintf("comm satellite with %d transponders", v.Transponders)
	case *Probe:
		return fmt.Sprintf("deep-space probe, light delay %.1f min", v.LightDelay())
	case Station:
		return fmt.Sprintf("station, array %.0f kW", v.Array)
	default:
		return fmt.Sprintf("unknown craft %T", v)
	}
}

func main() {
	fleet := []Spacecraft{
		CommSat{Name: "TELSTAR-X", Transponders: 48},
		&Probe{Name: "VOYAGER-N", DistanceAU: 163.2, RTGWatts: 220},
		Station{Name: "GATEWAY", Crew: 4, Array: 60},
		&Probe{Name: "PIONEER-Z", DistanceAU: 9.6, RTGWatts: 140},
	}

	total := 0.0
	for _, sc := range fleet {
		fmt.Printf("%-10s %8.0f W  %s\n", sc.Callsign(), sc.PowerWatts(), describe(sc))
		total += sc.PowerWatts()
	}
	fmt.Printf("fleet power: %.1f kW\n", total/1000)

	people := 0
	for _, sc := range fleet {
		if c, ok := sc.(Crewed); ok {
			people += c.CrewCount()
			fmt.Printf("%s is crewed (%d aboard)\n", sc.Callsign(), c.CrewCount())
		}
	}
	fmt.Println("people in space:", people)

	farthest := math.Inf(-1)
	name := ""
	for _, sc := range fleet {
		if p, ok := sc.(*Probe); ok && p.DistanceAU > farthest {
			farthest, name = p.DistanceAU, p.Name
		}
	}
	fmt.Printf("farthest probe: %s at %.1f AU\n", name, farthest)
}
