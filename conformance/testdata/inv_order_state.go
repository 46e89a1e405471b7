package main

import (
	"errors"
	"fmt"
)

type OrderState int

const (
	Created OrderState = iota
	Paid
	Packed
	Shipped
	Delivered
	Cancelled
)

var stateNames = [...]string{"Created", "Paid", "Packed", "Shipped", "Delivered", "Cancelled"}

func (s OrderState) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("OrderState(%d)", int(s))
}

var ErrBadTransition = errors.New("invalid transition")

type TransitionError struct {
	From, To OrderState
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("cannot move from %v to %v", e.From, e.To)
}

func (e *TransitionError) Unwrap() error { return ErrBadTransition }

var allowed = map[OrderState][]OrderState{
	Created: {Paid, Cancelled},
	Paid:    {Packed, Cancelled},
	Packed:  {Shipped},
	Shipped: {Delivered},
}

type Order struct {
	ID      int
	State   OrderState
	History []OrderState
}

func (o *Order) Move(to OrderState) error {
	for _, next := range allowed[o.State] {
		if next == to {
			o.History = append(o.History, o.State)
			o.State = to
			return nil
		}
	}
	return fmt.Errorf("order %d: %w", o.ID, &TransitionError{From: o.State, To: to})
}

func main() {
	o := &Order{ID: 1001}
	steps := []OrderState{Paid, Packed, Delivered, Shipped, Delivered, Cancelled}
	for _, s := range steps {
		err := o.Move(s)
		switch {
		case err == nil:
			fmt.Printf("moved to %-10v history=%v\n", o.State, o.History)
		case errors.Is(err, ErrBadTransition):
			var te *TransitionError
			if errors.As(err, &te) {
				fmt.Printf("rejected: %v (from=%d to=%d)\n", err, te.From, te.To)
			}
		}
	}
	fmt.Printf("final: %+v\n", *o)
	fmt.Printf("unknown state prints as %v\n", OrderState(42))
	fmt.Printf("%%#v of state: %#v, type %T\n", Shipped, Shipped)

	o2 := &Order{ID: 1002}
	for _, s := range []OrderState{Paid, Cancelled, Paid} {
		if err := o2.Move(s); err != nil {
			fmt.Println("order 1002 error:", err)
		} else {
			fmt.Println("order 1002 now", o2.State)
		}
	}
}
