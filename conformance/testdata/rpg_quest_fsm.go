// Quests as a small state machine driven by a scripted list of events.
package main

import (
	"errors"
	"fmt"
	"slices"
)

type State int

const (
	Locked State = iota
	Available
	Active
	ReadyToTurnIn
	Completed
	Failed
)

var stateNames = [...]string{"Locked", "Available", "Active", "ReadyToTurnIn", "Completed", "Failed"}

func (s State) String() string { return stateNames[s] }

type Event string

type TransitionError struct {
	Quest string
	From  State
	Event Event
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("quest %q: event %q not allowed in state %v", e.Quest, e.Event, e.From)
}

var transitions = map[State]map[Event]State{
	Locked:        {"unlock": Available},
	Available:     {"accept": Active},
	Active:        {"progress": Active, "abandon": Available, "timeout": Failed},
	ReadyToTurnIn: {"turnin": Completed, "timeout": Failed},
}

type Quest struct {
	Name     string
	State    State
	Progress int
	Goal     int
}

func (q *Quest) Fire(ev Event) error {
	next, ok := transitions[q.State][ev]
	if !ok {
		return &TransitionError{q.Name, q.State, ev}
	}
	if ev == "progress" {
		q.Progress++
		if q.Progress >= q.Goal {
			next = ReadyToTurnIn
		}
	}
	if ev == "abandon" {
		q.Progress = 0
	}
	q.State = next
	return nil
}

func main() {
	quests := map[string]*Quest{
		"rats":   {Name: "rats", State: Available, Goal: 3},
		"dragon": {Name: "dragon", State: Locked, Goal: 1},
		"herbs":  {Name: "herbs", State: Available, Goal: 2},
	}
	script := []struct {
		quest string
		ev    Event
	}{
		{"rats", "accept"}, {"rats", "progress"}, {"herbs", "accept"},
		{"dragon", "accept"}, {"rats", "progress"}, {"herbs", "progress"},
		{"herbs", "abandon"}, {"rats", "progress"}, {"rats", "progress"},
		{"rats", "turnin"}, {"dragon", "unlock"}, {"dragon", "accept"},
		{"herbs", "accept"}, {"herbs", "timeout"}, {"dragon", "progress"},
		{"dragon", "turnin"}, {"rats", "abandon"},
	}
	for i, step := range script {
		q := quests[step.quest]
		before := q.State
		err := q.Fire(step.ev)
		var te *TransitionError
		if errors.As(err, &te) {
			fmt.Printf("%2d. rejected: %v\n", i+1, te)
			continue
		}
		fmt.Printf("%2d. %-6s %-8s %v -> %v (%d/%d)\n", i+1, q.Name, step.ev, before, q.State, q.Progress, q.Goal)
	}

	names := make([]string, 0, len(quests))
	for n := range quests {
		names = append(names, n)
	}
	slices.Sort(names)
	byState := map[State][]string{}
	for _, n := range names {
		byState[quests[n].State] = append(byState[quests[n].State], n)
	}
	fmt.Println("by state:", byState)
	fmt.Printf("journal: %+v\n", *quests["rats"])
}
