package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Draft State = iota
	Review
	Approved
	Published
	Archived
)

var stateNames = [...]string{"Draft", "Review", "Approved", "Published", "Archived"}

func (s State) String() string {
	if s >= 0 && int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type TransitionError struct {
	From  State
	Event Event
	Valid []Event
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("cannot %q from %v (allowed: %q)", e.Event, e.From, e.Valid)
}

type Machine struct {
	current     State
	transitions map[State]map[Event]State
	order       []Event
	history     []State
}

func (m *Machine) Fire(e Event) error {
	next, ok := m.transitions[m.current][e]
	if !ok {
		var valid []Event
		for _, cand := range m.order {
			if _, ok := m.transitions[m.current][cand]; ok {
				valid = append(valid, cand)
			}
		}
		return &TransitionError{From: m.current, Event: e, Valid: valid}
	}
	m.history = append(m.history, m.current)
	m.current = next
	return nil
}

func main() {
	m := &Machine{
		current: Draft,
		order:   []Event{"submit", "approve", "reject", "publish", "archive"},
		transitions: map[State]map[Event]State{
			Draft:     {"submit": Review, "archive": Archived},
			Review:    {"approve": Approved, "reject": Draft},
			Approved:  {"publish": Published, "reject": Draft},
			Published: {"archive": Archived},
		},
	}
	events := []Event{"submit", "publish", "reject", "submit", "approve", "publish", "submit", "archive", "archive"}
	for _, e := range events {
		before := m.current
		err := m.Fire(e)
		var te *TransitionError
		if errors.As(err, &te) {
			fmt.Printf("%-8s %v: error: %v [from=%d]\n", e, before, err, te.From)
			continue
		}
		fmt.Printf("%-8s %v -> %v\n", e, before, m.current)
	}
	fmt.Printf("final: %v, history: %v\n", m.current, m.history)
	fmt.Printf("%T %+v %d %q\n", m.current, State(9), Published, Event("go"))

	err := fmt.Errorf("workflow: %w", m.Fire("submit"))
	var te *TransitionError
	fmt.Println(errors.As(err, &te), err)
	fmt.Printf("%+v\n", *te)
}
