package main

import (
	"errors"
	"fmt"
)

type Size int

const (
	Small Size = iota + 1
	Medium
	Large
)

func (s Size) String() string {
	if s >= Small && s <= Large {
		return string("SML"[s-1])
	}
	return fmt.Sprintf("Size(%d)", int(s))
}

type Vehicle interface {
	Plate() string
	Needs() Size
}

type base struct{ plate string }

func (b base) Plate() string { return b.plate }

type Motorbike struct{ base }
type Car struct{ base }
type Van struct {
	base
	Length float64
}

func (Motorbike) Needs() Size { return Small }
func (Car) Needs() Size       { return Medium }
func (Van) Needs() Size       { return Large }

var ErrFull = errors.New("lot full")

type NotParkedError string

func (e NotParkedError) Error() string { return "vehicle " + string(e) + " is not parked" }

type Lot struct {
	spots    []Size
	occupied []Vehicle
	index    map[string]int
}

func NewLot(sizes ...Size) *Lot {
	return &Lot{spots: sizes, occupied: make([]Vehicle, len(sizes)), index: map[string]int{}}
}

func (l *Lot) Park(v Vehicle) (int, error) {
	for i, sz := range l.spots {
		if l.occupied[i] == nil && sz >= v.Needs() {
			l.occupied[i] = v
			l.index[v.Plate()] = i
			return i, nil
		}
	}
	return -1, fmt.Errorf("park %T %s: %w", v, v.Plate(), ErrFull)
}

func (l *Lot) Leave(plate string) error {
	i, ok := l.index[plate]
	if !ok {
		return NotParkedError(plate)
	}
	l.occupied[i] = nil
	delete(l.index, plate)
	return nil
}

func (l *Lot) Map() string {
	out := ""
	for i, sz := range l.spots {
		plate := "----"
		if v := l.occupied[i]; v != nil {
			plate = v.Plate()
		}
		out += fmt.Sprintf("[%v:%s]", sz, plate)
	}
	return out
}

func main() {
	lot := NewLot(Small, Small, Medium, Medium, Large)
	arrivals := []Vehicle{
		Car{base{"CAR1"}}, Motorbike{base{"MB01"}}, Van{base{"VAN1"}, 5.4},
		Car{base{"CAR2"}}, Car{base{"CAR3"}}, Motorbike{base{"MB02"}}, Van{base{"VAN2"}, 6.1},
	}
	for _, v := range arrivals {
		spot, err := lot.Park(v)
		if err != nil {
			fmt.Println("  error:", err)
			continue
		}
		fmt.Printf("%-16T %s -> spot %d\n", v, v.Plate(), spot)
	}
	fmt.Println(lot.Map())
	for _, p := range []string{"CAR1", "ZZZ9", "VAN1"} {
		err := lot.Leave(p)
		var np NotParkedError
		isNP := errors.As(err, &np)
		fmt.Printf("leave %s: err=%v as=%t %q\n", p, err, isNP, string(np))
	}
	fmt.Println(lot.Map())
	for _, v := range []Vehicle{Van{base{"VAN2"}, 6.1}, Car{base{"CAR3"}}} {
		spot, err := lot.Park(v)
		fmt.Printf("retry %s: spot=%d err=%v full=%t\n", v.Plate(), spot, err, errors.Is(err, ErrFull))
	}
	fmt.Println(lot.Map())
	fmt.Printf("%+v %v\n", arrivals[2], Size(7))
}
