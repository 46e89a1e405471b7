package main

import (
	"fmt"
	"math"
)

type Enclosure interface {
	Area() float64
	Label() string
}

type Rect struct {
	ID            string
	Width, Length float64
}

func (r Rect) Area() float64 { return r.Width * r.Length }
func (r Rect) Label() string { return "rect " + r.ID }

type Circle struct {
	ID     string
	Radius float64
}

func (c Circle) Area() float64 { return math.Pi * c.Radius * c.Radius }
func (c Circle) Label() string { return "round " + c.ID }

type Aquarium struct {
	ID     string
	Liters int
}

func (a Aquarium) Area() float64 { return 0 }
func (a Aquarium) Label() string { return "tank " + a.ID }

func describe(e Enclosure) string {
	switch v := e.(type) {
	case Rect:
		return fmt.Sprintf("%s is %gx%g m", v.Label(), v.Width, v.Length)
	case Circle:
		return fmt.Sprintf("%s has radius %g m", v.Label(), v.Radius)
	case Aquarium:
		return fmt.Sprintf("%s holds %d liters", v.Label(), v.Liters)
	default:
		return "unknown enclosure"
	}
}

func main() {
	pens := []Enclosure{
		Rect{"A1", 20, 35},
		Circle{"B2", 12.5},
		Aquarium{"C3", 45000},
		Rect{"D4", 8, 8},
	}

	total := 0.0
	for _, p := range pens {
		fmt.Println(describe(p))
		fmt.Printf("  type=%T area=%.2f\n", p, p.Area())
		total += p.Area()
	}
	fmt.Printf("Total land area: %.1f m^2\n", total)

	var largest Enclosure
	for _, p := range pens {
		if largest == nil || p.Area() > largest.Area() {
			largest = p
		}
	}
	fmt.Println("Largest:", largest.Label())

	if aq, ok := pens[2].(Aquarium); ok {
		fmt.Printf("Aquarium volume in m^3: %d\n", aq.Liters/1000)
	}
	if _, ok := pens[0].(Circle); !ok {
		fmt.Println("pens[0] is not a Circle")
	}
}
