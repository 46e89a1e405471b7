package main

import (
	"errors"
	"fmt"
	"sort"
)

type VehicleKind int

const (
	Motorcycle VehicleKind = iota
	Car
	Van
)

func (k VehicleKind) String() string {
	if k >= Motorcycle && k <= Van {
		return [...]string{"Motorcycle", "Car", "Van"}[k]
	}
	return fmt.Sprintf("VehicleKind(%d)", int(k))
}

type Vehicle struct {
	Plate string
	Kind  VehicleKind
}

type Level struct {
	Number   int
	Capacity map[VehicleKind]int
	parked   map[string]Vehicle
}

func (l *Level) used(k VehicleKind) int {
	n := 0
	for _, v := range l.parked {
		if v.Kind == k {
			n++
		}
	}
	return n
}

type Garage struct{ Levels []*Level }

var ErrFull = errors.New("garage full")

func (g *Garage) Park(v Vehicle) (int, error) {
	for _, l := range g.Levels {
		if l.used(v.Kind) < l.Capacity[v.Kind] {
			l.parked[v.Plate] = v
			return l.Number, nil
		}
	}
	return 0, fmt.Errorf("park %s (%v): %w", v.Plate, v.Kind, ErrFull)
}

func (g *Garage) Leave(plate string) bool {
	for _, l := range g.Levels {
		if _, ok := l.parked[plate]; ok {
			delete(l.parked, plate)
			return true
		}
	}
	return false
}

func main() {
	mk := func(n, m, c, v int) *Level {
		return &Level{n, map[VehicleKind]int{Motorcycle: m, Car: c, Van: v}, map[string]Vehicle{}}
	}
	g := &Garage{[]*Level{mk(1, 1, 2, 0), mk(2, 0, 1, 1)}}
	arrivals := []Vehicle{
		{"M-1", Motorcycle}, {"C-1", Car}, {"C-2", Car}, {"V-1", Van},
		{"C-3", Car}, {"C-4", Car}, {"M-2", Motorcycle}, {"V-2", Van},
	}
	for _, v := range arrivals {
		lvl, err := g.Park(v)
		if err != nil {
			fmt.Println("  rejected:", err, errors.Is(err, ErrFull))
			continue
		}
		fmt.Printf("%-5s %-10v -> level %d\n", v.Plate, v.Kind, lvl)
	}
	fmt.Println("C-2 left:", g.Leave("C-2"), "X-9 left:", g.Leave("X-9"))
	if lvl, err := g.Park(Vehicle{"C-4", Car}); err == nil {
		fmt.Println("C-4 retried -> level", lvl)
	}
	for _, l := range g.Levels {
		plates := make([]string, 0, len(l.parked))
		for p := range l.parked {
			plates = append(plates, p)
		}
		sort.Strings(plates)
		fmt.Printf("level %d: %v\n", l.Number, plates)
	}
	fmt.Printf("%v %d %v\n", VehicleKind(7), Van, []VehicleKind{Car, Van})
}
