package main

import (
	"errors"
	"fmt"
)

var (
	ErrInsufficientFuel = errors.New("insufficient propellant")
	ErrEngineOffline    = errors.New("engine offline")
)

// BurnError carries details about a failed manoeuvre.
type BurnError struct {
	Maneuver string
	NeededKg float64
	Err      error
}

func (e *BurnError) Error() string {
	return fmt.Sprintf("burn %q failed (needs %.1f kg): %v", e.Maneuver, e.NeededKg, e.Err)
}

func (e *BurnError) Unwrap() error { return e.Err }

type Tank struct {
	PropellantKg float64
	EngineOK     bool
}

func (t *Tank) Burn(name string, deltaV float64) error {
	need := deltaV * 0.85 // simplified kg per m/s
	if !t.EngineOK {
		return &BurnError{Maneuver: name, NeededKg: need, Err: ErrEngineOffline}
	}
	if need > t.PropellantKg {
		return &BurnError{Maneuver: name, NeededKg: need, Err: ErrInsufficientFuel}
	}
	t.PropellantKg -= need
	return nil
}

func runPlan(t *Tank, plan map[int]struct {
	Name string
	DV   float64
}) error {
	for step := 1; step <= len(plan); step++ {
		p := plan[step]
		if err := t.Burn(p.Name, p.DV); err != nil {
			return fmt.Errorf("step %d: %w", step, err)
		}
		fmt.Printf("  step %d %-14s ok, %.1f kg left\n", step, p.Name, t.PropellantKg)
	}
	return nil
}

func main() {
	plan := map[int]struct {
		Name string
		DV   float64
	}{
		1: {"orbit-raise", 120},
		2: {"plane-change", 60},
		3: {"circularize", 95},
		4: {"deorbit", 150},
	}

	tanks := []*Tank{
		{PropellantKg: 500, EngineOK: true},
		{PropellantKg: 250, EngineOK: true},
		{PropellantKg: 900, EngineOK: false},
	}

	for i, t := range tanks {
		fmt.Printf("vehicle %d:\n", i+1)
		err := runPlan(t, plan)
		var be *BurnError
		switch {
		case err == nil:
			fmt.Println("  plan complete")
		case errors.Is(err, ErrInsufficientFuel):
			errors.As(err, &be)
			fmt.Printf("  ABORT: %v\n  short by %.1f kg\n", err, be.NeededKg-t.PropellantKg)
		case errors.Is(err, ErrEngineOffline):
			fmt.Printf("  SCRUB: %v\n", err)
		}
	}

	joined := errors.Join(ErrEngineOffline, ErrInsufficientFuel)
	fmt.Printf("joined error is fuel? %t, text: %q\n", errors.Is(joined, ErrInsufficientFuel), joined.Error())
}
