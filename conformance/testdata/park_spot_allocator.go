package main

import (
	"fmt"
	"sort"
)

type Size int

const (
	Compact Size = iota
	Regular
	Large
)

func (s Size) String() string {
	switch s {
	case Compact:
		return "compact"
	case Regular:
		return "regular"
	case Large:
		return "large"
	}
	return "unknown"
}

type Spot struct {
	ID       string
	Size     Size
	Occupant string
}

func (s Spot) Free() bool { return s.Occupant == "" }

type Garage struct {
	spots map[string]*Spot
}

func NewGarage() *Garage {
	return &Garage{spots: make(map[string]*Spot)}
}

func (g *Garage) Add(id string, size Size) {
	g.spots[id] = &Spot{ID: id, Size: size}
}

// Park finds the smallest free spot that fits and assigns it.
func (g *Garage) Park(plate string, need Size) (string, bool) {
	ids := make([]string, 0, len(g.spots))
	for id := range g.spots {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for size := need; size <= Large; size++ {
		for _, id := range ids {
			sp := g.spots[id]
			if sp.Free() && sp.Size == size {
				sp.Occupant = plate
				return id, true
			}
		}
	}
	return "", false
}

func (g *Garage) Leave(id string) {
	if sp, ok := g.spots[id]; ok {
		sp.Occupant = ""
	}
}

func (g *Garage) Report() {
	ids := make([]string, 0, len(g.spots))
	for id := range g.spots {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		sp := g.spots[id]
		who := sp.Occupant
		if sp.Free() {
			who = "-"
		}
		fmt.Printf("  %-4s %-8v %s\n", sp.ID, sp.Size, who)
	}
}

func main() {
	g := NewGarage()
	g.Add("A1", Compact)
	g.Add("A2", Compact)
	g.Add("B1", Regular)
	g.Add("C1", Large)

	requests := []struct {
		plate string
		need  Size
	}{
		{"KX-101", Compact},
		{"TR-555", Large},
		{"MN-320", Regular},
		{"ZZ-900", Compact},
		{"QP-777", Regular},
	}
	for _, r := range requests {
		if id, ok := g.Park(r.plate, r.need); ok {
			fmt.Printf("%s (%v) -> %s\n", r.plate, r.need, id)
		} else {
			fmt.Printf("%s (%v) -> no space\n", r.plate, r.need)
		}
	}
	fmt.Println("after parking:")
	g.Report()
	g.Leave("B1")
	id, _ := g.Park("QP-777", Regular)
	fmt.Println("QP-777 retried ->", id)
	fmt.Println("final:")
	g.Report()
}
