package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Cart State = iota
	PendingPayment
	Paid
	Shipped
	Delivered
	Cancelled
)

var stateNames = [...]string{"Cart", "PendingPayment", "Paid", "Shipped", "Delivered", "Cancelled"}

func (s State) String() string { return stateNames[s] }

type Action string

// transitions lists, for each state, which actions are allowed and the target.
var transitions = map[State]map[Action]State{
	Cart:           {"checkout": PendingPayment, "cancel": Cancelled},
	PendingPayment: {"pay": Paid, "cancel": Cancelled},
	Paid:           {"ship": Shipped, "cancel": Cancelled},
	Shipped:        {"deliver": Delivered},
}

type TransitionError struct {
	From   State
	Action Action
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("cannot %s an order in state %s", e.Action, e.From)
}

type PaymentError struct {
	Amount, Limit int
}

func (e *PaymentError) Error() string {
	return fmt.Sprintf("payment of %d exceeds card limit %d", e.Amount, e.Limit)
}

var ErrEmptyCart = errors.New("cart is empty")

type Order struct {
	ID      string
	State   State
	Items   map[string]int
	Total   int
	History []string
}

func (o *Order) Do(action Action, cardLimit int) error {
	next, ok := transitions[o.State][action]
	if !ok {
		return &TransitionError{From: o.State, Action: action}
	}
	switch action {
	case "checkout":
		if len(o.Items) == 0 {
			return fmt.Errorf("order %s: %w", o.ID, ErrEmptyCart)
		}
	case "pay":
		if o.Total > cardLimit {
			return fmt.Errorf("order %s: %w", o.ID, &PaymentError{Amount: o.Total, Limit: cardLimit})
		}
	}
	o.History = append(o.History, fmt.Sprintf("%s -%s-> %s", o.State, action, next))
	o.State = next
	return nil
}

func describe(err error) string {
	var te *TransitionError
	var pe *PaymentError
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &te):
		return "invalid transition from " + te.From.String()
	case errors.As(err, &pe):
		return fmt.Sprintf("payment declined (short by %d)", pe.Amount-pe.Limit)
	case errors.Is(err, ErrEmptyCart):
		return "nothing to buy"
	default:
		return "unexpected: " + err.Error()
	}
}

func run(o *Order, limit int, actions ...Action) {
	fmt.Printf("== order %s total=%d limit=%d\n", o.ID, o.Total, limit)
	for _, a := range actions {
		err := o.Do(a, limit)
		fmt.Printf("  %-8s => %-15s %s\n", a, o.State, describe(err))
		if err != nil {
			fmt.Printf("  %8s    error: %v\n", "", err)
		}
	}
	fmt.Printf("  history: %q\n", o.History)
}

func main() {
	run(&Order{ID: "A1", Items: map[string]int{"book": 2}, Total: 40}, 100,
		"checkout", "pay", "ship", "deliver", "cancel")
	run(&Order{ID: "B2", Items: map[string]int{}}, 100, "checkout", "cancel", "pay")
	run(&Order{ID: "C3", Items: map[string]int{"tv": 1}, Total: 900}, 500,
		"pay", "checkout", "pay", "cancel")
}
