package main

import (
	"fmt"
	"strings"
)

// Vehicle holds fields common to every fleet vehicle.
type Vehicle struct {
	ID       string
	Odometer int
}

func (v *Vehicle) Drive(km int) { v.Odometer += km }
func (v Vehicle) Label() string { return "vehicle " + v.ID }
func (v Vehicle) Describe() string {
	return fmt.Sprintf("%s with %d km", v.Label(), v.Odometer)
}

// GPS can be embedded by anything that reports location.
type GPS struct {
	Lat, Lon float64
}

func (g *GPS) MoveTo(lat, lon float64) { g.Lat, g.Lon = lat, lon }
func (g GPS) Position() string         { return fmt.Sprintf("(%.2f, %.2f)", g.Lat, g.Lon) }

// Truck embeds both Vehicle and GPS.
type Truck struct {
	Vehicle
	GPS
	PayloadKg int
}

// Label shadows Vehicle.Label; note Describe still calls Vehicle.Label.
func (t Truck) Label() string { return "truck " + t.ID }

// Van embeds a pointer to a Vehicle.
type Van struct {
	*Vehicle
	Seats int
}

type Describer interface{ Describe() string }

type Tracker interface {
	MoveTo(lat, lon float64)
	Position() string
}

// Logger embeds a strings.Builder, so it is an io.Writer itself.
type Logger struct {
	strings.Builder
	prefix string
}

func (l *Logger) Logf(format string, args ...any) {
	l.WriteString(l.prefix)
	fmt.Fprintf(l, format, args...)
	l.WriteByte('\n')
}

func main() {
	t := Truck{Vehicle: Vehicle{ID: "TR-12"}, PayloadKg: 8000}
	t.Drive(120)
	t.Drive(35)
	t.MoveTo(51.5074, -0.1278)
	fmt.Println(t.Label())
	fmt.Println(t.Vehicle.Label())
	fmt.Println(t.Describe())
	fmt.Println("position:", t.Position())
	fmt.Printf("%+v\n", t)

	shared := &Vehicle{ID: "VN-3", Odometer: 1000}
	v1 := Van{Vehicle: shared, Seats: 2}
	v2 := Van{Vehicle: shared, Seats: 3}
	v1.Drive(50)
	v2.Drive(25)
	fmt.Println("shared odometer:", shared.Odometer, v1.Odometer, v2.Odometer)

	items := []Describer{t, v1, *shared}
	for _, d := range items {
		fmt.Printf("%-12T %s\n", d, d.Describe())
	}

	var tr Tracker = &t
	tr.MoveTo(48.85, 2.35)
	fmt.Println("tracker moved truck to", t.Position())

	lg := &Logger{prefix: "[depot] "}
	lg.Logf("truck %s checked in", t.ID)
	lg.Logf("payload %d kg, odometer %d km", t.PayloadKg, t.Odometer)
	lg.Logf("van seats: %d and %d", v1.Seats, v2.Seats)
	fmt.Print(lg.String())
	fmt.Println("log length:", lg.Len())
}
