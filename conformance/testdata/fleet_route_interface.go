package main

import (
	"fmt"
	"math"
)

// Leg is one part of a delivery route.
type Leg interface {
	Distance() float64 // kilometres
	Describe() string
}

type Highway struct {
	Name  string
	Km    float64
	Tolls int
}

func (h Highway) Distance() float64 { return h.Km }
func (h Highway) Describe() string  { return fmt.Sprintf("highway %s", h.Name) }

type CityStreet struct {
	Street string
	Blocks int
}

func (c CityStreet) Distance() float64 { return float64(c.Blocks) * 0.12 }
func (c CityStreet) Describe() string  { return "street " + c.Street }

type Ferry struct {
	From, To string
	Km       float64
}

func (f *Ferry) Distance() float64 { return f.Km }
func (f *Ferry) Describe() string  { return fmt.Sprintf("ferry %s->%s", f.From, f.To) }

// Coord is a GPS point; it does not implement Leg.
type Coord struct{ Lat, Lon float64 }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case Highway:
		return fmt.Sprintf("Highway with %d toll(s)", x.Tolls)
	case CityStreet:
		return fmt.Sprintf("CityStreet of %d blocks", x.Blocks)
	case *Ferry:
		return "Ferry crossing from " + x.From
	case Coord:
		return fmt.Sprintf("a coordinate (%.3f, %.3f)", x.Lat, x.Lon)
	case fmt.Stringer:
		return "something printable: " + x.String()
	case int, int64:
		return fmt.Sprintf("an integer %v", x)
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func totalDistance(legs []Leg) float64 {
	sum := 0.0
	for _, l := range legs {
		sum += l.Distance()
	}
	return sum
}

func main() {
	route := []Leg{
		CityStreet{Street: "Depot Rd", Blocks: 8},
		Highway{Name: "A7", Km: 42.5, Tolls: 2},
		&Ferry{From: "Harbor", To: "Isle", Km: 6.3},
		CityStreet{Street: "Main St", Blocks: 15},
	}

	for i, leg := range route {
		fmt.Printf("leg %d: %-22s %7.2f km\n", i+1, leg.Describe(), leg.Distance())
	}
	fmt.Printf("total: %.2f km\n", totalDistance(route))

	// Type assertion with comma-ok.
	for _, leg := range route {
		if h, ok := leg.(Highway); ok {
			fmt.Println("found highway leg:", h.Name, "tolls:", h.Tolls)
		}
	}

	things := []any{nil, route[1], route[0], route[2], Coord{52.52, 13.405}, 42, int64(7), 3.14, "depot"}
	for _, t := range things {
		fmt.Println(classify(t))
	}

	var l Leg
	fmt.Println("nil interface is nil:", l == nil)
	var fp *Ferry
	l = fp
	fmt.Println("interface holding nil *Ferry is nil:", l == nil)
	fmt.Printf("dynamic type: %T\n", l)
	fmt.Println("rounded total:", math.Round(totalDistance(route)))
}
