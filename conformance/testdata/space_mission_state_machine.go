package main

import (
	"errors"
	"fmt"
)

// Phase is a mission control phase.
type Phase int

const (
	Idle Phase = iota
	Fueling
	Countdown
	Ascent
	Orbit
	Aborted
)

var phaseNames = [...]string{"Idle", "Fueling", "Countdown", "Ascent", "Orbit", "Aborted"}

func (p Phase) String() string {
	if int(p) < len(phaseNames) {
		return phaseNames[p]
	}
	return fmt.Sprintf("Phase(%d)", int(p))
}

// TransitionError reports an illegal state change.
type TransitionError struct {
	From, To Phase
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("illegal transition %v -> %v", e.From, e.To)
}

var allowed = map[Phase][]Phase{
	Idle:      {Fueling},
	Fueling:   {Countdown, Aborted},
	Countdown: {Ascent, Fueling, Aborted},
	Ascent:    {Orbit, Aborted},
}

// Controller tracks the current phase and a history of phases.
type Controller struct {
	Current Phase
	History []Phase
}

func (c *Controller) Go(to Phase) error {
	for _, p := range allowed[c.Current] {
		if p == to {
			c.History = append(c.History, c.Current)
			c.Current = to
			return nil
		}
	}
	return &TransitionError{From: c.Current, To: to}
}

func main() {
	ctl := &Controller{}
	plan := []Phase{Fueling, Countdown, Fueling, Countdown, Orbit, Ascent, Orbit, Idle}

	for i, next := range plan {
		err := ctl.Go(next)
		var te *TransitionError
		switch {
		case err == nil:
			fmt.Printf("step %d: now in %v\n", i+1, ctl.Current)
		case errors.As(err, &te):
			fmt.Printf("step %d: rejected (%v); staying in %v\n", i+1, err, te.From)
		default:
			fmt.Printf("step %d: unexpected error %v\n", i+1, err)
		}
	}

	fmt.Println("history:", ctl.History)
	fmt.Printf("final phase: %v (%d)\n", ctl.Current, ctl.Current)
	fmt.Println("unknown phase prints as", Phase(42))
}
