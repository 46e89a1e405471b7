package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Closed State = iota
	Opening
	Open
	Closing
	Fault
)

var stateNames = [...]string{"Closed", "Opening", "Open", "Closing", "Fault"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Signal string

const (
	TicketOK   Signal = "ticket-ok"
	FullyUp    Signal = "fully-up"
	CarPassed  Signal = "car-passed"
	FullyDown  Signal = "fully-down"
	Obstacle   Signal = "obstacle"
	ResetFault Signal = "reset"
)

type Barrier struct {
	state   State
	history []string
	passed  int
}

func (b *Barrier) Handle(sig Signal) error {
	from := b.state
	switch b.state {
	case Closed:
		if sig == TicketOK {
			b.state = Opening
		}
	case Opening:
		switch sig {
		case FullyUp:
			b.state = Open
		case Obstacle:
			b.state = Fault
		}
	case Open:
		if sig == CarPassed {
			b.passed++
			b.state = Closing
		}
	case Closing:
		switch sig {
		case FullyDown:
			b.state = Closed
		case Obstacle:
			b.state = Opening // safety: lift again
		}
	case Fault:
		if sig == ResetFault {
			b.state = Closed
		}
	}
	if from == b.state {
		return fmt.Errorf("signal %q ignored in state %v", sig, from)
	}
	b.history = append(b.history, fmt.Sprintf("%v->%v", from, b.state))
	return nil
}

func main() {
	b := &Barrier{}
	script := []Signal{
		TicketOK, FullyUp, CarPassed, Obstacle, FullyUp, CarPassed, FullyDown,
		FullyDown, TicketOK, Obstacle, TicketOK, ResetFault,
	}
	for i, sig := range script {
		if err := b.Handle(sig); err != nil {
			fmt.Printf("%2d %-11s error: %v\n", i, sig, err)
			continue
		}
		fmt.Printf("%2d %-11s now %v\n", i, sig, b.state)
	}
	fmt.Println("cars passed:", b.passed)
	fmt.Println("transitions:", strings.Join(b.history, ", "))
	fmt.Printf("%v %d %s\n", State(7), Open, Fault)
	fmt.Printf("%#v\n", b.state)
}
