package main

import (
	"errors"
	"fmt"
)

var (
	ErrNotFound   = errors.New("item not found")
	ErrCardLocked = errors.New("card locked")
)

// LimitError reports that a patron already has too many items out.
type LimitError struct {
	Patron string
	Have   int
	Max    int
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("%s has %d of %d items", e.Patron, e.Have, e.Max)
}

// FeeError reports unpaid fees above the allowed threshold.
type FeeError struct {
	Cents int
}

func (e FeeError) Error() string {
	return fmt.Sprintf("unpaid fees of %d cents", e.Cents)
}

type Patron struct {
	Name   string
	Items  int
	Fees   int
	Locked bool
}

var shelf = map[string]bool{"Hamlet": true, "Macbeth": true, "Othello": false}

func checkout(p Patron, title string) error {
	if p.Locked {
		return fmt.Errorf("checkout for %s: %w", p.Name, ErrCardLocked)
	}
	if p.Fees > 500 {
		return fmt.Errorf("checkout for %s: %w", p.Name, FeeError{p.Fees})
	}
	if p.Items >= 5 {
		return fmt.Errorf("checkout blocked: %w", &LimitError{p.Name, p.Items, 5})
	}
	available, ok := shelf[title]
	if !ok {
		return fmt.Errorf("lookup %q: %w", title, ErrNotFound)
	}
	if !available {
		return fmt.Errorf("lookup %q: all copies out: %w", title, ErrNotFound)
	}
	return nil
}

func explain(err error) string {
	var lim *LimitError
	var fee FeeError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrCardLocked):
		return "see the front desk"
	case errors.As(err, &lim):
		return fmt.Sprintf("return %d item(s) first", lim.Have-lim.Max+1)
	case errors.As(err, &fee):
		return fmt.Sprintf("pay at least $%.2f", float64(fee.Cents-500)/100)
	case errors.Is(err, ErrNotFound):
		return "try placing a hold"
	}
	return "unknown problem"
}

func main() {
	cases := []struct {
		p     Patron
		title string
	}{
		{Patron{Name: "Ada", Items: 1}, "Hamlet"},
		{Patron{Name: "Bea", Locked: true}, "Hamlet"},
		{Patron{Name: "Cal", Fees: 725}, "Macbeth"},
		{Patron{Name: "Dot", Items: 6}, "Macbeth"},
		{Patron{Name: "Eli"}, "Othello"},
		{Patron{Name: "Fin"}, "Lear"},
	}
	for _, c := range cases {
		err := checkout(c.p, c.title)
		fmt.Printf("%-4s %-8s err=%v\n", c.p.Name, c.title, err)
		fmt.Printf("     advice: %s\n", explain(err))
	}

	joined := errors.Join(ErrNotFound, ErrCardLocked)
	fmt.Println("joined is locked:", errors.Is(joined, ErrCardLocked))
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", ErrNotFound))
	fmt.Println("unwrap once:", errors.Unwrap(wrapped))
}
