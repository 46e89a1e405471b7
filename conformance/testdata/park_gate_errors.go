package main

import (
	"errors"
	"fmt"
)

var (
	ErrGarageFull  = errors.New("garage full")
	ErrTicketLost  = errors.New("ticket lost")
	ErrGateJammed  = errors.New("gate jammed")
	ErrUnknownGate = errors.New("unknown gate")
)

type PaymentError struct {
	Plate  string
	Owed   int
	Reason string
}

func (e *PaymentError) Error() string {
	return fmt.Sprintf("payment for %s failed: %s (owed %d)", e.Plate, e.Reason, e.Owed)
}

type Gate struct {
	ID       string
	Capacity int
	Inside   int
	Jammed   bool
}

func (g *Gate) Enter(plate string) error {
	if g.Jammed {
		return fmt.Errorf("gate %s: enter %s: %w", g.ID, plate, ErrGateJammed)
	}
	if g.Inside >= g.Capacity {
		return fmt.Errorf("gate %s: enter %s: %w", g.ID, plate, ErrGarageFull)
	}
	g.Inside++
	return nil
}

func (g *Gate) Exit(plate string, paid, owed int) error {
	if owed > paid {
		pe := &PaymentError{Plate: plate, Owed: owed - paid, Reason: "insufficient funds"}
		return fmt.Errorf("gate %s: %w", g.ID, pe)
	}
	if owed < 0 {
		return fmt.Errorf("gate %s: %w", g.ID, errors.Join(ErrTicketLost, &PaymentError{plate, 2500, "lost ticket fee"}))
	}
	g.Inside--
	return nil
}

func classify(err error) string {
	var pe *PaymentError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrGarageFull):
		return "redirect to overflow lot"
	case errors.Is(err, ErrGateJammed):
		return "call maintenance"
	case errors.As(err, &pe):
		return fmt.Sprintf("collect %d more from %s", pe.Owed, pe.Plate)
	default:
		return "unhandled"
	}
}

func main() {
	gates := map[string]*Gate{
		"N": {ID: "N", Capacity: 2},
		"S": {ID: "S", Capacity: 5, Jammed: true},
	}
	lookup := func(id string) (*Gate, error) {
		g, ok := gates[id]
		if !ok {
			return nil, fmt.Errorf("lookup %q: %w", id, ErrUnknownGate)
		}
		return g, nil
	}

	entries := []struct{ gate, plate string }{
		{"N", "AA-1"}, {"N", "BB-2"}, {"N", "CC-3"}, {"S", "DD-4"}, {"W", "EE-5"},
	}
	for _, e := range entries {
		g, err := lookup(e.gate)
		if err == nil {
			err = g.Enter(e.plate)
		}
		fmt.Printf("enter %-5s via %s: %-45v => %s\n", e.plate, e.gate, err, classify(err))
		if errors.Is(err, ErrUnknownGate) {
			fmt.Println("  unwrapped:", errors.Unwrap(err))
		}
	}

	n := gates["N"]
	exits := []struct {
		plate      string
		paid, owed int
	}{{"AA-1", 500, 500}, {"BB-2", 200, 650}, {"CC-3", 0, -1}}
	for _, x := range exits {
		err := n.Exit(x.plate, x.paid, x.owed)
		fmt.Printf("exit %s: %v\n", x.plate, err)
		fmt.Printf("  action: %s; lost=%t\n", classify(err), errors.Is(err, ErrTicketLost))
	}
	fmt.Println("inside N:", n.Inside)
}
