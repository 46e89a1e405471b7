package main

import (
	"fmt"
)

type State int

const (
	Created State = iota
	Labeled
	InTransit
	OutForDelivery
	Delivered
	Returned
)

var stateNames = [...]string{"Created", "Labeled", "InTransit", "OutForDelivery", "Delivered", "Returned"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type TransitionError struct {
	From  State
	Event Event
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("no transition from %v on %q", e.From, e.Event)
}

var transitions = map[State]map[Event]State{
	Created:        {"label": Labeled},
	Labeled:        {"pickup": InTransit},
	InTransit:      {"arrive_hub": InTransit, "load_van": OutForDelivery},
	OutForDelivery: {"deliver": Delivered, "fail": InTransit, "refuse": Returned},
}

type Parcel struct {
	ID      string
	State   State
	History []State
}

func (p *Parcel) Apply(ev Event) error {
	next, ok := transitions[p.State][ev]
	if !ok {
		return &TransitionError{From: p.State, Event: ev}
	}
	p.History = append(p.History, p.State)
	p.State = next
	return nil
}

func main() {
	scripts := map[string][]Event{
		"P-001": {"label", "pickup", "arrive_hub", "load_van", "deliver"},
		"P-002": {"label", "pickup", "load_van", "fail", "load_van", "refuse"},
		"P-003": {"pickup", "label"},
		"P-004": {"label", "pickup", "load_van", "deliver", "fail"},
	}
	ids := []string{"P-001", "P-002", "P-003", "P-004"}
	counts := map[State]int{}
	for _, id := range ids {
		p := &Parcel{ID: id}
		for _, ev := range scripts[id] {
			if err := p.Apply(ev); err != nil {
				fmt.Printf("%s: %v\n", id, err)
				break
			}
		}
		counts[p.State]++
		fmt.Printf("%s final=%-14v steps=%d history=%v\n", p.ID, p.State, len(p.History), p.History)
	}
	for s := Created; s <= Returned; s++ {
		if counts[s] > 0 {
			fmt.Printf("%-15s %d\n", s.String()+":", counts[s])
		}
	}
	fmt.Println(State(9))
}
