package main

import (
	"fmt"
	"strings"
)

// Signal is anything a building controller can receive.
type Signal interface {
	Source() string
}

type HallCall struct {
	Floor int
	Up    bool
}

type CarCall struct {
	Car   string
	Floor int
}

type DoorSensor struct {
	Car     string
	Blocked bool
}

type FireAlarm struct {
	Zone string
}

func (h HallCall) Source() string   { return fmt.Sprintf("hall-%d", h.Floor) }
func (c CarCall) Source() string    { return "car-" + c.Car }
func (d DoorSensor) Source() string { return "door-" + d.Car }
func (f *FireAlarm) Source() string { return "fire-" + f.Zone }

func describe(s Signal) string {
	switch v := s.(type) {
	case HallCall:
		dir := "down"
		if v.Up {
			dir = "up"
		}
		return fmt.Sprintf("hall call at floor %d going %s", v.Floor, dir)
	case CarCall:
		return fmt.Sprintf("passenger in car %s pressed %d", v.Car, v.Floor)
	case DoorSensor:
		if v.Blocked {
			return "door of car " + v.Car + " is blocked, reopening"
		}
		return "door of car " + v.Car + " is clear"
	case *FireAlarm:
		return "FIRE in zone " + strings.ToUpper(v.Zone) + ": recall all cars"
	case nil:
		return "nil signal ignored"
	default:
		return fmt.Sprintf("unknown signal %T", v)
	}
}

type heartbeat struct{}

func (heartbeat) Source() string { return "monitor" }

// Prioritizer is an optional interface some signals may implement.
type Prioritizer interface {
	Priority() int
}

func (f *FireAlarm) Priority() int { return 10 }

func main() {
	signals := []Signal{
		HallCall{Floor: 3, Up: true},
		CarCall{Car: "A", Floor: 9},
		DoorSensor{Car: "B", Blocked: true},
		DoorSensor{Car: "A"},
		&FireAlarm{Zone: "east"},
		heartbeat{},
		nil,
	}
	counts := map[string]int{}
	for i, s := range signals {
		src := "<none>"
		if s != nil {
			src = s.Source()
		}
		prio := 0
		if p, ok := s.(Prioritizer); ok {
			prio = p.Priority()
		}
		fmt.Printf("%d [%-8s] prio=%2d %s\n", i, src, prio, describe(s))
		counts[fmt.Sprintf("%T", s)]++
	}
	fmt.Println("type counts:")
	for _, k := range []string{"main.HallCall", "main.CarCall", "main.DoorSensor", "*main.FireAlarm", "main.heartbeat", "<nil>"} {
		fmt.Printf("  %-16s %d\n", k, counts[k])
	}
}
