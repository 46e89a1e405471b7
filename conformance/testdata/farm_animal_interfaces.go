package main

import (
	"fmt"
	"strings"
)

type Animal interface {
	Name() string
	Sound() string
}

type Feeder interface {
	DailyFeedKg() float64
}

type Cow struct {
	Tag      string
	MilkLitr float64
}

func (c Cow) Name() string         { return "cow " + c.Tag }
func (c Cow) Sound() string        { return "moo" }
func (c Cow) DailyFeedKg() float64 { return 22.5 }

type Hen struct {
	Tag  string
	Eggs int
}

func (h *Hen) Name() string         { return "hen " + h.Tag }
func (h *Hen) Sound() string        { return "cluck" }
func (h *Hen) DailyFeedKg() float64 { return 0.12 }
func (h *Hen) Lay()                 { h.Eggs++ }

type Sheep struct{ Tag string }

func (s Sheep) Name() string  { return "sheep " + s.Tag }
func (s Sheep) Sound() string { return "baa" }

func describe(a Animal) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-10s says %-6q", a.Name(), a.Sound())
	switch v := a.(type) {
	case Cow:
		fmt.Fprintf(&b, " gives %.1f L of milk", v.MilkLitr)
	case *Hen:
		fmt.Fprintf(&b, " has laid %d eggs", v.Eggs)
	default:
		fmt.Fprintf(&b, " (%T)", v)
	}
	return b.String()
}

func main() {
	hen := &Hen{Tag: "H7"}
	for range 3 {
		hen.Lay()
	}
	barn := []Animal{
		Cow{Tag: "C12", MilkLitr: 28.4},
		hen,
		Sheep{Tag: "S3"},
		Cow{Tag: "C15", MilkLitr: 31.0},
	}

	for _, a := range barn {
		fmt.Println(describe(a))
	}

	total := 0.0
	noFeed := []string{}
	for _, a := range barn {
		if f, ok := a.(Feeder); ok {
			total += f.DailyFeedKg()
		} else {
			noFeed = append(noFeed, a.Name())
		}
	}
	fmt.Printf("daily feed for feeders: %.2f kg\n", total)
	fmt.Println("grazing only:", strings.Join(noFeed, ", "))

	var nothing Animal
	fmt.Printf("empty interface value: %v, is nil: %t\n", nothing, nothing == nil)
	var nilHen *Hen
	nothing = nilHen
	fmt.Printf("typed nil in interface: %T, is nil: %t\n", nothing, nothing == nil)
}
