package main

import (
	"errors"
	"fmt"
	"strings"
)

type Light int

const (
	Red Light = iota
	Green
	Yellow
	FlashingRed
)

func (l Light) String() string {
	switch l {
	case Red:
		return "RED"
	case Green:
		return "GREEN"
	case Yellow:
		return "YELLOW"
	}
	return "FLASH"
}

type Phase struct {
	Name     string
	NS, EW   Light
	Duration int
}

type Event string

const (
	Tick       Event = "tick"
	Pedestrian Event = "ped"
	Fault      Event = "fault"
	Reset      Event = "reset"
)

var ErrIgnored = errors.New("event ignored")

type StateError struct {
	Phase string
	Event Event
}

func (e *StateError) Error() string { return fmt.Sprintf("%s: %q not allowed", e.Phase, e.Event) }
func (e *StateError) Unwrap() error { return ErrIgnored }

type Intersection struct {
	phases  []Phase
	cur     int
	elapsed int
	faulted bool
	pedReq  bool
	trace   []string
}

func (in *Intersection) Phase() Phase {
	if in.faulted {
		return Phase{"fault", FlashingRed, FlashingRed, 0}
	}
	return in.phases[in.cur]
}

func (in *Intersection) Handle(ev Event) error {
	p := in.Phase()
	switch {
	case ev == Fault:
		in.faulted = true
	case ev == Reset && in.faulted:
		in.faulted, in.cur, in.elapsed = false, 0, 0
	case in.faulted:
		return &StateError{p.Name, ev}
	case ev == Pedestrian:
		if in.pedReq {
			return &StateError{p.Name, ev}
		}
		in.pedReq = true
	case ev == Tick:
		in.elapsed++
		limit := p.Duration
		if in.pedReq && p.NS == Green {
			limit = min(limit, 2)
		}
		if in.elapsed >= limit {
			if p.NS != Green {
				in.pedReq = false
			}
			in.cur = (in.cur + 1) % len(in.phases)
			in.elapsed = 0
		}
	default:
		return &StateError{p.Name, ev}
	}
	q := in.Phase()
	in.trace = append(in.trace, fmt.Sprintf("%s:NS=%v/EW=%v", q.Name, q.NS, q.EW))
	return nil
}

func main() {
	in := &Intersection{phases: []Phase{
		{"ns-go", Green, Red, 4},
		{"ns-slow", Yellow, Red, 1},
		{"all-red-1", Red, Red, 1},
		{"ew-go", Red, Green, 3},
		{"ew-slow", Red, Yellow, 1},
		{"all-red-2", Red, Red, 1},
	}}
	script := "tick tick tick tick tick tick ped tick ped tick tick tick tick fault tick ped reset ped tick tick honk tick"
	for i, w := range strings.Fields(script) {
		before := in.Phase().Name
		err := in.Handle(Event(w))
		var se *StateError
		if errors.As(err, &se) {
			fmt.Printf("%2d %-6s %-10s ! %v (ignored=%t)\n", i, w, before, se, errors.Is(err, ErrIgnored))
			continue
		}
		p := in.Phase()
		fmt.Printf("%2d %-6s %-10s -> %-10s NS=%-6v EW=%-6v ped=%t\n", i, w, before, p.Name, p.NS, p.EW, in.pedReq)
	}
	fmt.Println("transitions recorded:", len(in.trace))
	fmt.Println("last:", in.trace[len(in.trace)-1])
}
