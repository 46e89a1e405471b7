package main

import (
	"fmt"
	"strings"
)

// Component holds fields shared by every part of a spacecraft.
type Component struct {
	ID     string
	MassKg float64
	Online bool
}

func (c *Component) PowerOn()  { c.Online = true }
func (c *Component) PowerOff() { c.Online = false }
func (c Component) Status() string {
	state := "OFF"
	if c.Online {
		state = "ON"
	}
	return fmt.Sprintf("%s[%s]", c.ID, state)
}

// Camera embeds Component and adds imaging fields.
type Camera struct {
	Component
	Megapixels int
}

// Radio embeds Component and overrides Status.
type Radio struct {
	Component
	BandGHz float64
}

func (r Radio) Status() string {
	return r.Component.Status() + fmt.Sprintf("@%.1fGHz", r.BandGHz)
}

type Statuser interface{ Status() string }

// Satellite embeds a pointer to its bus and lists its payloads.
type Satellite struct {
	*Component
	Name     string
	Payloads []Statuser
}

func (s Satellite) TotalMass(parts ...float64) float64 {
	m := s.MassKg
	for _, p := range parts {
		m += p
	}
	return m
}

func main() {
	cam := &Camera{Component: Component{ID: "CAM-1", MassKg: 14.2}, Megapixels: 50}
	radio := &Radio{Component: Component{ID: "RAD-X", MassKg: 6.8}, BandGHz: 8.4}
	bus := &Component{ID: "BUS", MassKg: 310}

	sat := Satellite{Component: bus, Name: "EARTHWATCH-2", Payloads: []Statuser{cam, radio}}

	show := func(label string) {
		parts := []string{sat.Status()}
		for _, p := range sat.Payloads {
			parts = append(parts, p.Status())
		}
		fmt.Printf("%-12s %s\n", label, strings.Join(parts, " "))
	}

	show("initial:")
	sat.PowerOn() // promoted from *Component
	show("bus up:")
	cam.PowerOn()
	radio.PowerOn()
	show("payloads up:")
	radio.PowerOff()
	show("radio off:")

	fmt.Printf("camera %s has %d MP, mass %.1f kg\n", cam.ID, cam.Megapixels, cam.MassKg)
	fmt.Printf("bus shared via pointer: %v\n", bus.Online)
	fmt.Printf("total mass of %s: %.1f kg\n", sat.Name, sat.TotalMass(cam.MassKg, radio.MassKg))
	fmt.Println("radio base status:", radio.Component.Status())
}
