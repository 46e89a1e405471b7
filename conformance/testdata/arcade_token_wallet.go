package main

import (
	"errors"
	"fmt"
)

var ErrMachineOffline = errors.New("machine offline")

type InsufficientTokensError struct {
	Player string
	Have   int
	Need   int
}

func (e *InsufficientTokensError) Error() string {
	return fmt.Sprintf("%s has %d tokens, needs %d", e.Player, e.Have, e.Need)
}

type Wallet struct {
	Owner  string
	Tokens int
}

func (w *Wallet) Buy(dollars int) {
	w.Tokens += dollars * 4
}

func (w *Wallet) Spend(n int) error {
	if w.Tokens < n {
		return &InsufficientTokensError{Player: w.Owner, Have: w.Tokens, Need: n}
	}
	w.Tokens -= n
	return nil
}

func (w Wallet) Balance() string {
	return fmt.Sprintf("%s: %d tokens", w.Owner, w.Tokens)
}

func play(w *Wallet, machine string, cost int, online bool) error {
	if !online {
		return fmt.Errorf("play %q: %w", machine, ErrMachineOffline)
	}
	if err := w.Spend(cost); err != nil {
		return fmt.Errorf("play %q: %w", machine, err)
	}
	return nil
}

func main() {
	w := &Wallet{Owner: "ACE"}
	w.Buy(2)
	fmt.Println(w.Balance())

	attempts := []struct {
		machine string
		cost    int
		online  bool
	}{
		{"Pinball Wizard", 3, true},
		{"Skee Ball", 2, false},
		{"Dance Floor", 4, true},
		{"Claw Crane", 5, true},
	}

	for _, a := range attempts {
		err := play(w, a.machine, a.cost, a.online)
		var ite *InsufficientTokensError
		switch {
		case err == nil:
			fmt.Printf("played %-15s -> %s\n", a.machine, w.Balance())
		case errors.Is(err, ErrMachineOffline):
			fmt.Println("skipped:", err)
		case errors.As(err, &ite):
			fmt.Printf("denied: %v (short by %d)\n", err, ite.Need-ite.Have)
		default:
			fmt.Println("unexpected:", err)
		}
	}

	wrapped := fmt.Errorf("session end: %w", play(w, "Claw Crane", 99, true))
	fmt.Println(wrapped)
	fmt.Println("unwrap twice is custom:", errors.Unwrap(errors.Unwrap(wrapped)) != nil)
}
