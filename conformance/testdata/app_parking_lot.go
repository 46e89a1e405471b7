package main

import (
	"errors"
	"fmt"
	"strings"
)

type SpotSize int

const (
	Small SpotSize = iota
	Compact
	Large
)

func (s SpotSize) String() string { return [...]string{"S", "C", "L"}[s] }

type Vehicle interface {
	Plate() string
	Fits(SpotSize) bool
	HourlyRate() int
}

type plate string

func (p plate) Plate() string { return string(p) }

type Motorcycle struct{ plate }
type Car struct{ plate }
type Truck struct {
	plate
	Axles int
}

func (Motorcycle) Fits(SpotSize) bool { return true }
func (Motorcycle) HourlyRate() int    { return 100 }
func (Car) Fits(s SpotSize) bool      { return s >= Compact }
func (Car) HourlyRate() int           { return 250 }
func (Truck) Fits(s SpotSize) bool    { return s == Large }
func (t Truck) HourlyRate() int       { return 400 + 50*t.Axles }
func (t Truck) String() string        { return fmt.Sprintf("Truck(%s,%d axles)", t.plate, t.Axles) }
func (c Car) String() string          { return "Car(" + string(c.plate) + ")" }
func (m Motorcycle) String() string   { return "Moto(" + string(m.plate) + ")" }

var (
	ErrFull      = errors.New("no suitable spot")
	ErrNotParked = errors.New("vehicle not parked")
)

type Spot struct {
	Level, Num int
	Size       SpotSize
	Vehicle    Vehicle
	Since      int
}

type Lot struct {
	spots   []*Spot
	byPlate map[string]*Spot
	revenue int
}

func NewLot(layout ...string) *Lot {
	lot := &Lot{byPlate: map[string]*Spot{}}
	for lvl, row := range layout {
		for i, ch := range row {
			size := map[rune]SpotSize{'s': Small, 'c': Compact, 'l': Large}[ch]
			lot.spots = append(lot.spots, &Spot{Level: lvl, Num: i + 1, Size: size})
		}
	}
	return lot
}

// Park picks the smallest free spot that fits, scanning levels in order.
func (l *Lot) Park(v Vehicle, hour int) (*Spot, error) {
	var best *Spot
	for _, s := range l.spots {
		if s.Vehicle == nil && v.Fits(s.Size) && (best == nil || s.Size < best.Size) {
			best = s
		}
	}
	if best == nil {
		return nil, fmt.Errorf("park %v: %w", v, ErrFull)
	}
	best.Vehicle, best.Since = v, hour
	l.byPlate[v.Plate()] = best
	return best, nil
}

func (l *Lot) Leave(plate string, hour int) (int, error) {
	s, ok := l.byPlate[plate]
	if !ok {
		return 0, fmt.Errorf("leave %s: %w", plate, ErrNotParked)
	}
	hours := max(1, hour-s.Since)
	fee := hours * s.Vehicle.HourlyRate()
	l.revenue += fee
	s.Vehicle = nil
	delete(l.byPlate, plate)
	return fee, nil
}

func (l *Lot) Map() string {
	var b strings.Builder
	for i, s := range l.spots {
		if i > 0 && s.Level != l.spots[i-1].Level {
			b.WriteString(" | ")
		}
		if s.Vehicle == nil {
			b.WriteString(strings.ToLower(s.Size.String()))
		} else {
			b.WriteString(s.Size.String())
		}
	}
	return b.String()
}

func main() {
	lot := NewLot("sscc", "ccll")
	arrivals := []Vehicle{
		Car{"CAR-1"}, Motorcycle{"MOTO-1"}, Truck{"TRK-1", 3}, Car{"CAR-2"},
		Car{"CAR-3"}, Truck{"TRK-2", 2}, Car{"CAR-4"}, Truck{"TRK-3", 4},
	}
	for i, v := range arrivals {
		s, err := lot.Park(v, i)
		if errors.Is(err, ErrFull) {
			fmt.Printf("h%-2d %-22v FULL: %v\n", i, v, err)
			continue
		}
		fmt.Printf("h%-2d %-22v -> L%d#%d (%v)  lot: %s\n", i, v, s.Level, s.Num, s.Size, lot.Map())
	}
	departures := []struct {
		plate string
		hour  int
	}{{"CAR-1", 9}, {"TRK-1", 12}, {"NOPE-9", 12}, {"MOTO-1", 13}, {"CAR-1", 14}}
	for _, d := range departures {
		fee, err := lot.Leave(d.plate, d.hour)
		if err != nil {
			fmt.Printf("h%-2d error: %v\n", d.hour, err)
			continue
		}
		fmt.Printf("h%-2d %-7s paid $%d.%02d  lot: %s\n", d.hour, d.plate, fee/100, fee%100, lot.Map())
	}
	if s, err := lot.Park(Truck{"TRK-3", 4}, 15); err == nil {
		fmt.Printf("h15 retry TRK-3 -> L%d#%d, rate %d/h\n", s.Level, s.Num, s.Vehicle.HourlyRate())
	}
	fmt.Printf("revenue: $%d.%02d, occupied %d/%d\n", lot.revenue/100, lot.revenue%100, len(lot.byPlate), len(lot.spots))
}
