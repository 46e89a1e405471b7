package main

import (
	"fmt"
	"strings"
)

type Vehicle interface {
	Code() string
	MassTonnes() float64
}

type Locomotive struct {
	Class    string
	PowerKW  int
	Mass     float64
	Electric bool
}

type PassengerCoach struct {
	Number int
	Seats  int
	Mass   float64
}

type Wagon struct {
	Kind    string
	Payload float64
	Tare    float64
}

func (l Locomotive) Code() string            { return "LOCO-" + l.Class }
func (l Locomotive) MassTonnes() float64     { return l.Mass }
func (c PassengerCoach) Code() string        { return fmt.Sprintf("COACH-%03d", c.Number) }
func (c PassengerCoach) MassTonnes() float64 { return c.Mass }
func (w *Wagon) Code() string                { return "WAGON-" + strings.ToUpper(w.Kind) }
func (w *Wagon) MassTonnes() float64         { return w.Tare + w.Payload }

func describe(v Vehicle) string {
	switch x := v.(type) {
	case Locomotive:
		traction := "diesel"
		if x.Electric {
			traction = "electric"
		}
		return fmt.Sprintf("%s %d kW", traction, x.PowerKW)
	case PassengerCoach:
		return fmt.Sprintf("%d seats", x.Seats)
	case *Wagon:
		if x.Payload == 0 {
			return "empty " + x.Kind
		}
		return fmt.Sprintf("%.1f t of %s", x.Payload, x.Kind)
	default:
		return "unknown vehicle"
	}
}

type Mystery struct{}

func (Mystery) Code() string        { return "???" }
func (Mystery) MassTonnes() float64 { return 10 }

func main() {
	consist := []Vehicle{
		Locomotive{Class: "66", PowerKW: 2385, Mass: 127, Electric: false},
		&Wagon{Kind: "coal", Payload: 75.5, Tare: 26},
		&Wagon{Kind: "aggregate", Payload: 0, Tare: 24},
		PassengerCoach{Number: 7, Seats: 64, Mass: 33.5},
		Locomotive{Class: "90", PowerKW: 3730, Mass: 84.5, Electric: true},
		Mystery{},
	}

	var total float64
	powered := 0
	for i, v := range consist {
		total += v.MassTonnes()
		if l, ok := v.(Locomotive); ok {
			powered += l.PowerKW
		}
		fmt.Printf("%d. %-16s %7.1f t  %-20s %T\n", i+1, v.Code(), v.MassTonnes(), describe(v), v)
	}
	fmt.Printf("train mass %.1f t, power %d kW\n", total, powered)
	fmt.Printf("power-to-weight %.2f kW/t\n", float64(powered)/total)

	var anything any = consist[1]
	if _, ok := anything.(interface{ Code() string }); ok {
		fmt.Println("wagon satisfies an anonymous Code() interface")
	}
	if _, ok := anything.(Locomotive); !ok {
		fmt.Println("wagon is not a locomotive")
	}
}
