package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type State int

const (
	Draft State = iota
	Submitted
	Approved
	Shipped
	Delivered
	Cancelled
	Refunded
)

func (s State) String() string {
	names := [...]string{"Draft", "Submitted", "Approved", "Shipped", "Delivered", "Cancelled", "Refunded"}
	if s < 0 || int(s) >= len(names) {
		return fmt.Sprintf("State(%d)", int(s))
	}
	return names[s]
}

var transitions = map[State][]State{
	Draft:     {Submitted, Cancelled},
	Submitted: {Approved, Cancelled},
	Approved:  {Shipped, Cancelled},
	Shipped:   {Delivered},
	Delivered: {Refunded},
}

var ErrInvalidTransition = errors.New("invalid transition")
var ErrTerminal = errors.New("order is in a terminal state")

type TransitionError struct {
	OrderID  string
	From, To State
	Cause    error
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("order %s: %v -> %v: %v", e.OrderID, e.From, e.To, e.Cause)
}
func (e *TransitionError) Unwrap() error { return e.Cause }

type Order struct {
	ID      string
	State   State
	History []string
}

func (o *Order) To(next State) error {
	allowed, ok := transitions[o.State]
	if !ok {
		return &TransitionError{o.ID, o.State, next, ErrTerminal}
	}
	if !slices.Contains(allowed, next) {
		return &TransitionError{o.ID, o.State, next, ErrInvalidTransition}
	}
	o.History = append(o.History, fmt.Sprintf("%v>%v", o.State, next))
	o.State = next
	return nil
}

func (o Order) Summary() string {
	return fmt.Sprintf("%-6s %-10v [%s]", o.ID, o.State, strings.Join(o.History, " "))
}

func main() {
	scripts := map[string][]State{
		"SO-1": {Submitted, Approved, Shipped, Delivered},
		"SO-2": {Submitted, Cancelled, Approved},
		"SO-3": {Approved},
		"SO-4": {Submitted, Approved, Shipped, Delivered, Refunded, Shipped},
		"SO-5": {Cancelled},
		"SO-6": {Submitted, Approved, Delivered, Shipped},
		"SO-7": {State(42)},
	}
	ids := make([]string, 0, len(scripts))
	for id := range scripts {
		ids = append(ids, id)
	}
	slices.Sort(ids)

	var orders []*Order
	var failures []error
	for _, id := range ids {
		o := &Order{ID: id}
		for _, st := range scripts[id] {
			if err := o.To(st); err != nil {
				failures = append(failures, fmt.Errorf("apply script: %w", err))
				break
			}
		}
		orders = append(orders, o)
	}

	fmt.Println("Final states:")
	for _, o := range orders {
		fmt.Println(" ", o.Summary())
	}

	fmt.Println("\nRejected transitions:")
	invalid, terminal := 0, 0
	for _, err := range failures {
		fmt.Println(" ", err)
		var te *TransitionError
		if errors.As(err, &te) {
			fmt.Printf("    from=%d (%v) to=%d (%v)\n", te.From, te.From, te.To, te.To)
		}
		switch {
		case errors.Is(err, ErrTerminal):
			terminal++
		case errors.Is(err, ErrInvalidTransition):
			invalid++
		}
	}
	fmt.Printf("invalid=%d terminal=%d\n", invalid, terminal)

	counts := make(map[State]int)
	for _, o := range orders {
		counts[o.State]++
	}
	fmt.Println("\nOrders per state:")
	for s := Draft; s <= Refunded; s++ {
		fmt.Printf("  %-10s %s%d\n", s, strings.Repeat("#", counts[s]), counts[s])
	}
	fmt.Printf("%%v=%v %%d=%d %%q=%q %%x=%x\n", Shipped, Shipped, Shipped, Shipped)
}
