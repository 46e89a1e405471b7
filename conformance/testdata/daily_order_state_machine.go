package main

import (
	"errors"
	"fmt"
	"strings"
)

type State string

const (
	Created   State = "created"
	Paid      State = "paid"
	Shipped   State = "shipped"
	Delivered State = "delivered"
	Cancelled State = "cancelled"
	Refunded  State = "refunded"
)

type Event string

var transitions = map[State]map[Event]State{
	Created:   {"pay": Paid, "cancel": Cancelled},
	Paid:      {"ship": Shipped, "cancel": Cancelled, "refund": Refunded},
	Shipped:   {"deliver": Delivered},
	Delivered: {"refund": Refunded},
}

var ErrInvalidTransition = errors.New("invalid transition")

type TransitionError struct {
	From  State
	Event Event
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("cannot %s order in state %s", e.Event, e.From)
}

func (e *TransitionError) Is(target error) bool { return target == ErrInvalidTransition }

type Order struct {
	ID      string
	State   State
	History []State
}

func (o *Order) Fire(ev Event) error {
	next, ok := transitions[o.State][ev]
	if !ok {
		return &TransitionError{From: o.State, Event: ev}
	}
	o.History = append(o.History, o.State)
	o.State = next
	return nil
}

func (o *Order) Terminal() bool { return len(transitions[o.State]) == 0 }

func main() {
	scripts := map[string][]Event{
		"A-1": {"pay", "ship", "deliver", "refund"},
		"B-2": {"pay", "ship", "cancel", "deliver"},
		"C-3": {"ship", "cancel", "pay"},
		"D-4": {"pay", "refund", "ship"},
	}
	for _, id := range []string{"A-1", "B-2", "C-3", "D-4"} {
		o := &Order{ID: id, State: Created}
		var errs []string
		for _, ev := range scripts[id] {
			if err := o.Fire(ev); err != nil {
				var te *TransitionError
				if errors.As(err, &te) && errors.Is(err, ErrInvalidTransition) {
					errs = append(errs, err.Error())
				}
			}
		}
		path := append(o.History, o.State)
		strs := make([]string, len(path))
		for i, s := range path {
			strs[i] = string(s)
		}
		fmt.Printf("%s: %s (terminal=%t)\n", o.ID, strings.Join(strs, " -> "), o.Terminal())
		for _, e := range errs {
			fmt.Println("   error:", e)
		}
	}
	fmt.Println("allowed from paid:", transitions[Paid])
}
