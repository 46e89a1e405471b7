package main

import (
	"errors"
	"fmt"
)

var (
	ErrPumpOffline = errors.New("pump offline")
	ErrNoWater     = errors.New("reservoir empty")
)

// ValveError reports a problem with a specific valve.
type ValveError struct {
	Zone  string
	Valve int
	Err   error
}

func (e *ValveError) Error() string {
	return fmt.Sprintf("zone %s valve %d: %v", e.Zone, e.Valve, e.Err)
}

func (e *ValveError) Unwrap() error { return e.Err }

type PressureError struct {
	KPa float64
}

func (e PressureError) Error() string {
	return fmt.Sprintf("pressure %.1f kPa out of range", e.KPa)
}

type Zone struct {
	Name     string
	Valve    int
	Pressure float64
	PumpOn   bool
}

func openValve(z Zone, reservoirLitres int) error {
	if reservoirLitres <= 0 {
		return fmt.Errorf("irrigating %s: %w", z.Name, ErrNoWater)
	}
	if !z.PumpOn {
		return &ValveError{Zone: z.Name, Valve: z.Valve, Err: ErrPumpOffline}
	}
	if z.Pressure < 150 || z.Pressure > 400 {
		return &ValveError{Zone: z.Name, Valve: z.Valve, Err: PressureError{z.Pressure}}
	}
	return nil
}

func runSchedule(zones []Zone, reservoir int) []error {
	var errs []error
	for _, z := range zones {
		if err := openValve(z, reservoir); err != nil {
			errs = append(errs, fmt.Errorf("schedule: %w", err))
			continue
		}
		fmt.Printf("zone %-8s watered\n", z.Name)
		reservoir -= 1000
	}
	return errs
}

func main() {
	zones := []Zone{
		{"orchard", 1, 250, true},
		{"tomatoes", 2, 120, true},
		{"lettuce", 3, 300, false},
		{"berries", 4, 310, true},
		{"pumpkins", 5, 280, true},
	}
	errs := runSchedule(zones, 2000)

	for _, err := range errs {
		fmt.Println("error:", err)
		var ve *ValveError
		var pe PressureError
		switch {
		case errors.As(err, &pe):
			fmt.Printf("  -> pressure problem, reading %.0f kPa\n", pe.KPa)
		case errors.Is(err, ErrPumpOffline):
			if errors.As(err, &ve) {
				fmt.Printf("  -> restart pump for valve %d\n", ve.Valve)
			}
		case errors.Is(err, ErrNoWater):
			fmt.Println("  -> wait for reservoir to refill")
		}
	}

	joined := errors.Join(errs...)
	fmt.Println("joined error is ErrNoWater:", errors.Is(joined, ErrNoWater))
	fmt.Println("joined error is ErrPumpOffline:", errors.Is(joined, ErrPumpOffline))
	fmt.Printf("%d problems in total\n", len(errs))
}
