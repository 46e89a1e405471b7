package main

import (
	"errors"
	"fmt"
)

var (
	ErrTankFull     = errors.New("tank full")
	ErrUnknownTruck = errors.New("unknown truck")
)

// FuelError reports a refuel that could not be applied.
type FuelError struct {
	Truck     string
	Requested float64
	Room      float64
}

func (e *FuelError) Error() string {
	return fmt.Sprintf("truck %s: requested %.1f L but only %.1f L of room", e.Truck, e.Requested, e.Room)
}

// Unwrap lets errors.Is see ErrTankFull through a FuelError.
func (e *FuelError) Unwrap() error { return ErrTankFull }

type Tank struct {
	Level, Capacity float64
}

type Depot struct {
	tanks map[string]*Tank
}

func (d *Depot) Refuel(truck string, liters float64) error {
	t, ok := d.tanks[truck]
	if !ok {
		return fmt.Errorf("refuel %q: %w", truck, ErrUnknownTruck)
	}
	if liters <= 0 {
		return fmt.Errorf("refuel %q: invalid amount %.1f", truck, liters)
	}
	room := t.Capacity - t.Level
	if liters > room {
		return fmt.Errorf("refuel failed: %w", &FuelError{truck, liters, room})
	}
	t.Level += liters
	return nil
}

func main() {
	d := &Depot{tanks: map[string]*Tank{
		"T1": {Level: 120, Capacity: 300},
		"T2": {Level: 280, Capacity: 300},
	}}

	requests := []struct {
		truck  string
		liters float64
	}{
		{"T1", 100},
		{"T2", 50},
		{"T9", 10},
		{"T1", -5},
		{"T1", 80},
		{"T1", 1},
	}

	for _, r := range requests {
		err := d.Refuel(r.truck, r.liters)
		if err == nil {
			fmt.Printf("ok   %s +%.0f L -> %.0f L\n", r.truck, r.liters, d.tanks[r.truck].Level)
			continue
		}
		fmt.Println("fail", err)

		var fe *FuelError
		switch {
		case errors.As(err, &fe):
			fmt.Printf("     FuelError: truck=%s short by %.1f L (is ErrTankFull: %t)\n",
				fe.Truck, fe.Requested-fe.Room, errors.Is(err, ErrTankFull))
		case errors.Is(err, ErrUnknownTruck):
			fmt.Println("     -> register the truck first")
		default:
			fmt.Printf("     -> other error of type %T\n", err)
		}
	}

	joined := errors.Join(ErrUnknownTruck, fmt.Errorf("wrapped: %w", ErrTankFull))
	fmt.Printf("joined error:\n%v\n", joined)
	fmt.Println("joined Is tank full:", errors.Is(joined, ErrTankFull))
	fmt.Println("unwrap once:", errors.Unwrap(fmt.Errorf("outer: %w", ErrTankFull)))
	fmt.Println("unwrap plain:", errors.Unwrap(ErrTankFull) == nil)
}
