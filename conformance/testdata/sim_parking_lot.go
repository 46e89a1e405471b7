package main

import (
	"errors"
	"fmt"
	"strings"
)

type Size int

const (
	Small Size = iota + 1
	Medium
	Large
)

func (s Size) String() string { return [...]string{"?", "S", "M", "L"}[s] }

type Vehicle struct {
	Plate string
	Size  Size
}

type Spot struct {
	Size Size
	Car  *Vehicle
}

type FullError struct{ Size Size }

func (e FullError) Error() string { return fmt.Sprintf("no free spot for size %v", e.Size) }

type Lot struct {
	Spots   []Spot
	where   map[string]int
	revenue int
}

func NewLot(layout string) *Lot {
	l := &Lot{where: map[string]int{}}
	for _, ch := range layout {
		l.Spots = append(l.Spots, Spot{Size: Size(strings.IndexRune("SML", ch) + 1)})
	}
	return l
}

func (l *Lot) Park(v Vehicle) (int, error) {
	for i := range l.Spots {
		s := &l.Spots[i]
		if s.Car == nil && s.Size >= v.Size {
			s.Car = &v
			l.where[v.Plate] = i
			return i, nil
		}
	}
	return -1, FullError{v.Size}
}

func (l *Lot) Leave(plate string, hours int) (fee int) {
	if i, ok := l.where[plate]; ok {
		fee = hours * 2 * int(l.Spots[i].Car.Size)
		l.Spots[i].Car = nil
		delete(l.where, plate)
		l.revenue += fee
	}
	return fee
}

func (l *Lot) String() string {
	sb := strings.Builder{}
	for _, s := range l.Spots {
		if s.Car == nil {
			sb.WriteString(strings.ToLower(s.Size.String()))
			continue
		}
		sb.WriteString(s.Car.Size.String())
	}
	return "|" + sb.String() + "|"
}

func main() {
	lot := NewLot("SSMMML")
	arrivals := []Vehicle{{"MOTO-1", Small}, {"CAR-1", Medium}, {"VAN-1", Large},
		{"CAR-2", Medium}, {"MOTO-2", Small}, {"MOTO-3", Small}, {"VAN-2", Large}}
	for _, v := range arrivals {
		n, err := lot.Park(v)
		var fe FullError
		if errors.As(err, &fe) {
			fmt.Printf("%-7s turned away (%v)\n", v.Plate, fe)
			continue
		}
		fmt.Printf("%-7s -> spot %d %v\n", v.Plate, n, lot)
	}
	fmt.Println("fee VAN-1:", lot.Leave("VAN-1", 3))
	fmt.Println("fee CAR-1:", lot.Leave("CAR-1", 2))
	fmt.Println("fee GHOST:", lot.Leave("GHOST", 9))
	n, err := lot.Park(Vehicle{"VAN-2", Large})
	fmt.Println("VAN-2 retry:", n, err, lot)
	fmt.Printf("revenue=$%d occupied=%d/%d\n", lot.revenue, len(lot.where), len(lot.Spots))
}
