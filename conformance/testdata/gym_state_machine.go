package main

import (
	"errors"
	"fmt"
)

type Status int

const (
	Trial Status = iota + 1
	Active
	Frozen
	Cancelled
)

var statusNames = map[Status]string{
	Trial: "trial", Active: "active", Frozen: "frozen", Cancelled: "cancelled",
}

func (s Status) String() string {
	if n, ok := statusNames[s]; ok {
		return n
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

type Event string

type TransitionError struct {
	From  Status
	Event Event
}

func (e TransitionError) Error() string {
	return fmt.Sprintf("cannot %s while %v", e.Event, e.From)
}

type Membership struct {
	Owner   string
	Status  Status
	History []Status
}

func (m *Membership) Apply(ev Event) error {
	next := m.Status
	switch m.Status {
	case Trial:
		switch ev {
		case "pay":
			next = Active
		case "cancel":
			next = Cancelled
		}
	case Active:
		switch ev {
		case "freeze":
			next = Frozen
		case "cancel":
			next = Cancelled
		}
	case Frozen:
		switch ev {
		case "unfreeze", "pay":
			next = Active
		case "cancel":
			next = Cancelled
		}
	}
	if next == m.Status {
		return TransitionError{From: m.Status, Event: ev}
	}
	m.History = append(m.History, m.Status)
	m.Status = next
	return nil
}

func main() {
	m := &Membership{Owner: "Quinn", Status: Trial}
	events := []Event{"freeze", "pay", "freeze", "pay", "pay", "cancel", "unfreeze"}

	failures := 0
	for _, ev := range events {
		before := m.Status
		if err := m.Apply(ev); err != nil {
			failures++
			var te TransitionError
			if errors.As(err, &te) {
				fmt.Printf("%-8s rejected: %v (from=%d)\n", ev, err, te.From)
			}
			continue
		}
		fmt.Printf("%-8s %v -> %v\n", ev, before, m.Status)
	}

	fmt.Println("final:", m.Status, "history:", m.History)
	fmt.Println("failed events:", failures)
	fmt.Printf("%v %d %q\n", Active, Active, Frozen.String())
	fmt.Println(Status(0), Status(42))
	fmt.Printf("%+v\n", *m)
}
