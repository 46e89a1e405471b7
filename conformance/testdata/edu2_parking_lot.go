// Week 6 assignment: a parking lot with spot sizes and fees.
package main

import (
	"errors"
	"fmt"
)

type Size int

const (
	Small Size = iota
	Medium
	Large
)

func (s Size) String() string {
	switch s {
	case Small:
		return "small"
	case Medium:
		return "medium"
	case Large:
		return "large"
	}
	return fmt.Sprintf("Size(%d)", int(s))
}

type Vehicle struct {
	Plate string
	Size  Size
}

type Spot struct {
	ID       int
	Size     Size
	Occupant *Vehicle
}

type Lot struct {
	spots  []Spot
	byCar  map[string]int
	income int
}

var ErrFull = errors.New("no suitable spot")

func NewLot(sizes ...Size) *Lot {
	l := &Lot{byCar: map[string]int{}}
	for i, s := range sizes {
		l.spots = append(l.spots, Spot{ID: i + 1, Size: s})
	}
	return l
}

// Park puts the vehicle in the smallest free spot that fits.
func (l *Lot) Park(v Vehicle) (spotID int, err error) {
	if _, ok := l.byCar[v.Plate]; ok {
		return 0, fmt.Errorf("%s is already parked", v.Plate)
	}
	best := -1
	for i, s := range l.spots {
		if s.Occupant == nil && s.Size >= v.Size && (best == -1 || s.Size < l.spots[best].Size) {
			best = i
		}
	}
	if best == -1 {
		return 0, fmt.Errorf("park %s (%v): %w", v.Plate, v.Size, ErrFull)
	}
	l.spots[best].Occupant = &v
	l.byCar[v.Plate] = best
	return l.spots[best].ID, nil
}

// Leave frees the spot and charges per hour by spot size.
func (l *Lot) Leave(plate string, hours int) (fee int, err error) {
	idx, ok := l.byCar[plate]
	if !ok {
		return 0, fmt.Errorf("%s not found", plate)
	}
	rates := [...]int{2, 3, 5}
	fee = rates[l.spots[idx].Size] * hours
	l.spots[idx].Occupant = nil
	delete(l.byCar, plate)
	l.income += fee
	return fee, nil
}

func (l *Lot) Status() {
	for _, s := range l.spots {
		who := "-"
		if s.Occupant != nil {
			who = s.Occupant.Plate
		}
		fmt.Printf("  spot %d [%-6v] %s\n", s.ID, s.Size, who)
	}
}

func main() {
	lot := NewLot(Small, Small, Medium, Large)
	cars := []Vehicle{{"MOTO-1", Small}, {"CAR-22", Medium}, {"VAN-33", Large}, {"CAR-44", Medium}, {"MOTO-5", Small}, {"CAR-22", Medium}}
	for _, c := range cars {
		id, err := lot.Park(c)
		if err != nil {
			fmt.Printf("error: %v (full=%t)\n", err, errors.Is(err, ErrFull))
			continue
		}
		fmt.Printf("parked %-7s in spot %d\n", c.Plate, id)
	}
	lot.Status()
	for _, p := range []string{"VAN-33", "MOTO-1", "NOPE-0"} {
		fee, err := lot.Leave(p, 3)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s paid $%d\n", p, fee)
	}
	id, err := lot.Park(Vehicle{"CAR-44", Medium})
	fmt.Printf("retry CAR-44: spot=%d err=%v\n", id, err)
	lot.Status()
	fmt.Printf("income: $%d, size type %T, %v\n", lot.income, Medium, Size(7))
}
