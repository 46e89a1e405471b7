package main

import (
	"fmt"
	"slices"
)

type State int

const (
	Parked State = iota
	Loading
	EnRoute
	Delivering
	Returning
	Maintenance
)

var stateNames = [...]string{"Parked", "Loading", "EnRoute", "Delivering", "Returning", "Maintenance"}

func (s State) String() string {
	if s < 0 || int(s) >= len(stateNames) {
		return fmt.Sprintf("State(%d)", int(s))
	}
	return stateNames[s]
}

var allowed = map[State][]State{
	Parked:      {Loading, Maintenance},
	Loading:     {EnRoute, Parked},
	EnRoute:     {Delivering, Returning},
	Delivering:  {EnRoute, Returning},
	Returning:   {Parked, Maintenance},
	Maintenance: {Parked},
}

type TransitionError struct {
	From, To State
}

func (e TransitionError) Error() string {
	return fmt.Sprintf("cannot go from %v to %v", e.From, e.To)
}

type Truck struct {
	ID      string
	State   State
	History []State
}

func (t *Truck) Go(to State) error {
	if !slices.Contains(allowed[t.State], to) {
		return TransitionError{t.State, to}
	}
	t.History = append(t.History, t.State)
	t.State = to
	return nil
}

func (t *Truck) Describe() string {
	switch t.State {
	case Parked, Maintenance:
		return t.ID + " is at the depot"
	case Loading:
		return t.ID + " is being loaded"
	case EnRoute, Returning:
		return t.ID + " is on the road"
	default:
		return t.ID + " is busy: " + t.State.String()
	}
}

func main() {
	t := &Truck{ID: "TR-5"}
	fmt.Printf("start: %v (%d) %s\n", t.State, t.State, t.Describe())

	plan := []State{Loading, EnRoute, Delivering, EnRoute, Delivering, Parked, Returning, Parked, Maintenance}
	for _, next := range plan {
		if err := t.Go(next); err != nil {
			fmt.Println("  rejected:", err)
			continue
		}
		fmt.Printf("  -> %-11v %s\n", t.State, t.Describe())
	}
	fmt.Println("history:", t.History)
	fmt.Printf("final: %v, as %%d: %d, as %%q: %q\n", t.State, t.State, t.State)
	fmt.Println("out of range state:", State(42))

	counts := make([]int, len(stateNames))
	for _, s := range t.History {
		counts[s]++
	}
	for s := range State(len(stateNames)) {
		if counts[s] > 0 {
			fmt.Printf("  %-10s visited %d time(s)\n", s, counts[s])
		}
	}

	var err error = TransitionError{Parked, Delivering}
	if te, ok := err.(TransitionError); ok {
		fmt.Printf("%T from=%v to=%v\n", te, te.From, te.To)
	}
}
