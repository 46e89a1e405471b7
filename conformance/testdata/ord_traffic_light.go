package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Red State = iota
	RedAmber
	Green
	Amber
	FlashingAmber
)

var stateNames = [...]string{"Red", "RedAmber", "Green", "Amber", "FlashingAmber"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event int

const (
	Tick Event = iota
	Fault
	Reset
	PedestrianButton
)

func (e Event) String() string {
	return [...]string{"tick", "fault", "reset", "button"}[e]
}

type Light struct {
	state      State
	elapsed    int
	pedWaiting bool
	durations  map[State]int
}

func NewLight() *Light {
	return &Light{
		state:     Red,
		durations: map[State]int{Red: 4, RedAmber: 1, Green: 5, Amber: 2},
	}
}

func (l *Light) Handle(e Event) (changed bool) {
	prev := l.state
	switch e {
	case Fault:
		l.state = FlashingAmber
	case Reset:
		if l.state == FlashingAmber {
			l.state = Red
		}
	case PedestrianButton:
		l.pedWaiting = true
		if l.state == Green && l.elapsed >= 2 {
			l.state = Amber
		}
	case Tick:
		if l.state == FlashingAmber {
			break
		}
		l.elapsed++
		if l.elapsed >= l.durations[l.state] {
			l.state = (l.state + 1) % 4
		}
	}
	if l.state != prev {
		l.elapsed = 0
		if l.state == Red {
			l.pedWaiting = false
		}
		return true
	}
	return false
}

func main() {
	l := NewLight()
	script := "tttttttbtttttttfttrttttt"
	events := map[byte]Event{'t': Tick, 'f': Fault, 'r': Reset, 'b': PedestrianButton}
	var timeline strings.Builder
	for i := 0; i < len(script); i++ {
		ev := events[script[i]]
		if l.Handle(ev) {
			fmt.Printf("step %2d %-6v -> %-13v (ped waiting: %t)\n", i, ev, l.state, l.pedWaiting)
		}
		timeline.WriteByte(" rYgyF"[l.state+1])
	}
	fmt.Printf("timeline: %q\n", timeline.String())
	fmt.Printf("final: %v %d %#v\n", l.state, l.state, Green)
	fmt.Println(State(9))
}
