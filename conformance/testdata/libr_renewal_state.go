package main

import (
	"errors"
	"fmt"
)

// State of a loan over its life.
type State int

const (
	Requested State = iota
	OnLoan
	Renewed
	Overdue
	Returned
	Lost
)

var stateNames = [...]string{"Requested", "OnLoan", "Renewed", "Overdue", "Returned", "Lost"}

func (s State) String() string {
	if s < 0 || int(s) >= len(stateNames) {
		return fmt.Sprintf("State(%d)", int(s))
	}
	return stateNames[s]
}

type Event string

// transitions lists which events are allowed in each state.
var transitions = map[State]map[Event]State{
	Requested: {"pickup": OnLoan, "cancel": Returned},
	OnLoan:    {"renew": Renewed, "return": Returned, "due": Overdue},
	Renewed:   {"renew": Renewed, "return": Returned, "due": Overdue},
	Overdue:   {"return": Returned, "declare_lost": Lost},
}

var ErrBadEvent = errors.New("event not allowed")

type Loan struct {
	Title    string
	State    State
	Renewals int
	History  []State
}

func (l *Loan) Apply(e Event) error {
	next, ok := transitions[l.State][e]
	if !ok {
		return fmt.Errorf("%s in state %v: %w", e, l.State, ErrBadEvent)
	}
	if e == "renew" {
		if l.Renewals == 2 {
			return fmt.Errorf("renewal limit reached for %q", l.Title)
		}
		l.Renewals++
	}
	l.History = append(l.History, l.State)
	l.State = next
	return nil
}

func main() {
	scripts := map[string][]Event{
		"Walden":    {"pickup", "renew", "renew", "renew", "return"},
		"Moby-Dick": {"pickup", "due", "renew", "declare_lost"},
		"Emma":      {"cancel", "pickup"},
	}
	for _, title := range []string{"Emma", "Moby-Dick", "Walden"} {
		l := &Loan{Title: title}
		fmt.Printf("== %s ==\n", title)
		for _, e := range scripts[title] {
			before := l.State
			if err := l.Apply(e); err != nil {
				fmt.Printf("  %-13s error: %v (bad event: %t)\n", e, err, errors.Is(err, ErrBadEvent))
				continue
			}
			fmt.Printf("  %-13s %v -> %v\n", e, before, l.State)
		}
		fmt.Printf("  final=%v renewals=%d history=%v\n", l.State, l.Renewals, l.History)
	}
	fmt.Printf("%v %d %q %x\n", Lost, Lost, Overdue, Returned)
	fmt.Println(State(9))
}
