package main

import "fmt"

// State represents the state of an elevator car.
type State int

const (
	Idle State = iota
	MovingUp
	MovingDown
	DoorsOpen
	OutOfService
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case MovingUp:
		return "MovingUp"
	case MovingDown:
		return "MovingDown"
	case DoorsOpen:
		return "DoorsOpen"
	case OutOfService:
		return "OutOfService"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

// Event is something that happens to the elevator.
type Event string

type Elevator struct {
	Floor  int
	Target int
	State  State
}

// Handle applies an event and returns whether a transition happened.
func (e *Elevator) Handle(ev Event) bool {
	prev := e.State
	switch e.State {
	case Idle:
		switch ev {
		case "call":
			if e.Target > e.Floor {
				e.State = MovingUp
			} else if e.Target < e.Floor {
				e.State = MovingDown
			} else {
				e.State = DoorsOpen
			}
		case "fault":
			e.State = OutOfService
		}
	case MovingUp, MovingDown:
		switch ev {
		case "tick":
			if e.State == MovingUp {
				e.Floor++
			} else {
				e.Floor--
			}
			if e.Floor == e.Target {
				e.State = DoorsOpen
			}
		case "fault":
			e.State = OutOfService
		}
	case DoorsOpen:
		if ev == "close" {
			e.State = Idle
		}
	case OutOfService:
		if ev == "reset" {
			e.State = Idle
		}
	}
	return prev != e.State
}

func main() {
	e := &Elevator{Floor: 1}
	script := []struct {
		target int
		ev     Event
	}{
		{4, "call"}, {0, "tick"}, {0, "tick"}, {0, "tick"}, {0, "close"},
		{2, "call"}, {0, "tick"}, {0, "fault"}, {0, "tick"}, {0, "reset"},
		{2, "call"}, {0, "close"},
	}
	for i, step := range script {
		if step.target != 0 {
			e.Target = step.target
		}
		changed := e.Handle(step.ev)
		mark := " "
		if changed {
			mark = "*"
		}
		fmt.Printf("%2d %s %-6s floor=%d target=%d state=%v\n", i, mark, step.ev, e.Floor, e.Target, e.State)
	}
	fmt.Println("unknown state prints as:", State(9))
}
