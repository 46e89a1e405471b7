package main

import (
	"errors"
	"fmt"
)

var (
	ErrDoorObstructed = errors.New("door obstructed")
	ErrOverload       = errors.New("car overloaded")
)

// FloorError reports a request for a floor that does not exist.
type FloorError struct {
	Floor    int
	Min, Max int
}

func (e *FloorError) Error() string {
	return fmt.Sprintf("floor %d out of range [%d..%d]", e.Floor, e.Min, e.Max)
}

type Controller struct {
	Name      string
	MinFloor  int
	MaxFloor  int
	LoadKg    int
	LimitKg   int
	Obstacles map[int]bool
}

func (c *Controller) validate(floor int) error {
	if floor < c.MinFloor || floor > c.MaxFloor {
		return &FloorError{Floor: floor, Min: c.MinFloor, Max: c.MaxFloor}
	}
	return nil
}

func (c *Controller) closeDoors(floor int) error {
	if c.Obstacles[floor] {
		return fmt.Errorf("closing at floor %d: %w", floor, ErrDoorObstructed)
	}
	return nil
}

func (c *Controller) Go(floor int) error {
	if err := c.validate(floor); err != nil {
		return fmt.Errorf("%s: request rejected: %w", c.Name, err)
	}
	if c.LoadKg > c.LimitKg {
		return fmt.Errorf("%s: %w (%d > %d kg)", c.Name, ErrOverload, c.LoadKg, c.LimitKg)
	}
	if err := c.closeDoors(floor); err != nil {
		return fmt.Errorf("%s: %w", c.Name, err)
	}
	return nil
}

func main() {
	c := &Controller{
		Name: "car-1", MinFloor: -2, MaxFloor: 20,
		LimitKg: 1000, Obstacles: map[int]bool{7: true},
	}
	tests := []struct {
		floor int
		load  int
	}{{5, 300}, {25, 300}, {7, 400}, {-3, 0}, {10, 1200}}

	for _, t := range tests {
		c.LoadKg = t.load
		err := c.Go(t.floor)
		if err == nil {
			fmt.Printf("floor %3d: ok\n", t.floor)
			continue
		}
		fmt.Printf("floor %3d: %v\n", t.floor, err)
		var fe *FloorError
		switch {
		case errors.As(err, &fe):
			fmt.Printf("           -> bad floor %d, nearest valid %d\n", fe.Floor, max(fe.Min, min(fe.Floor, fe.Max)))
		case errors.Is(err, ErrDoorObstructed):
			fmt.Println("           -> reopen doors and retry")
		case errors.Is(err, ErrOverload):
			fmt.Println("           -> sound overload buzzer")
		}
	}

	joined := errors.Join(ErrOverload, ErrDoorObstructed)
	fmt.Println("joined is overload:", errors.Is(joined, ErrOverload))
	fmt.Println("joined is obstructed:", errors.Is(joined, ErrDoorObstructed))
	fmt.Printf("unwrap once: %v\n", errors.Unwrap(fmt.Errorf("x: %w", ErrOverload)))
}
