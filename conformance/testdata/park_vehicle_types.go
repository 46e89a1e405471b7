package main

import (
	"fmt"
	"strings"
)

type Vehicle interface {
	Plate() string
	Axles() int
}

type Car struct{ plate string }
type Motorcycle struct{ plate string }
type Truck struct {
	plate  string
	axles  int
	hazmat bool
}
type Bus struct {
	plate    string
	seats    int
	transit  bool
	operator string
}

func (c Car) Plate() string        { return c.plate }
func (c Car) Axles() int           { return 2 }
func (m Motorcycle) Plate() string { return m.plate }
func (m Motorcycle) Axles() int    { return 2 }
func (t Truck) Plate() string      { return t.plate }
func (t Truck) Axles() int         { return t.axles }
func (b Bus) Plate() string        { return b.plate }
func (b Bus) Axles() int           { return 3 }

// Toll computes a toll in cents using a type switch.
func Toll(v Vehicle) (int, string) {
	switch x := v.(type) {
	case Motorcycle:
		return 150, "two-wheeler discount"
	case Car:
		return 300, "standard"
	case Truck:
		fee := 400 * x.axles
		note := fmt.Sprintf("%d axles", x.axles)
		if x.hazmat {
			fee += 1000
			note += ", hazmat surcharge"
		}
		return fee, note
	case Bus:
		if x.transit {
			return 0, "public transit exempt (" + x.operator + ")"
		}
		return 800, fmt.Sprintf("coach, %d seats", x.seats)
	default:
		return 500, "unclassified"
	}
}

type Trailer struct{ Car }

func describe(i any) string {
	switch v := i.(type) {
	case nil:
		return "nothing at gate"
	case Vehicle:
		return "vehicle " + v.Plate()
	case string:
		return "label " + strings.ToUpper(v)
	case int, int64:
		return fmt.Sprintf("number %v", v)
	default:
		return fmt.Sprintf("unknown %T", v)
	}
}

func main() {
	lane := []Vehicle{
		Car{"CAR-001"},
		Motorcycle{"MOTO-7"},
		Truck{"TRK-88", 5, false},
		Truck{"TRK-99", 3, true},
		Bus{"BUS-12", 52, true, "CityLine"},
		Bus{"BUS-40", 48, false, "Tours"},
		Trailer{Car{"TRL-3"}},
	}
	total := 0
	for _, v := range lane {
		fee, note := Toll(v)
		total += fee
		fmt.Printf("%-8s %-18T axles=%d toll=%4d  %s\n", v.Plate(), v, v.Axles(), fee, note)
	}
	fmt.Printf("total collected: %d cents\n", total)

	if t, ok := lane[2].(Truck); ok {
		fmt.Println("lane[2] is a truck with hazmat =", t.hazmat)
	}
	if _, ok := lane[0].(Truck); !ok {
		fmt.Println("lane[0] is not a truck")
	}

	for _, x := range []any{nil, Car{"X-1"}, "gate b", 7, int64(9), 3.5} {
		fmt.Println(describe(x))
	}
}
