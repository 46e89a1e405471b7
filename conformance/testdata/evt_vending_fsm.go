// A vending machine state machine driven by a fixed input script.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	HasCoins
	Vending
	OutOfService
)

var stateNames = [...]string{"Idle", "HasCoins", "Vending", "OutOfService"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

var ErrRejected = errors.New("input rejected")

type TransitionError struct {
	From  State
	Input string
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("no transition from %v on %q", e.From, e.Input)
}

func (e *TransitionError) Unwrap() error { return ErrRejected }

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	handled int
}

func (m *Machine) Feed(input string) (string, error) {
	m.handled++
	cmd, arg, _ := strings.Cut(input, " ")
	switch {
	case cmd == "coin" && (m.state == Idle || m.state == HasCoins):
		var v int
		fmt.Sscanf(arg, "%d", &v)
		m.credit += v
		m.state = HasCoins
		return fmt.Sprintf("credit=%d", m.credit), nil
	case cmd == "select" && m.state == HasCoins:
		price, ok := m.prices[arg]
		if !ok || m.stock[arg] == 0 {
			return "", fmt.Errorf("select %s: sold out: %w", arg, ErrRejected)
		}
		if m.credit < price {
			return "", fmt.Errorf("select %s: need %d more: %w", arg, price-m.credit, ErrRejected)
		}
		m.credit -= price
		m.stock[arg]--
		m.state = Vending
		return fmt.Sprintf("dispensing %s", arg), nil
	case cmd == "take" && m.state == Vending:
		if m.credit > 0 {
			m.state = HasCoins
		} else {
			m.state = Idle
		}
		return "item taken", nil
	case cmd == "refund" && m.state == HasCoins:
		c := m.credit
		m.credit = 0
		m.state = Idle
		return fmt.Sprintf("refunded %d", c), nil
	case cmd == "service":
		m.state = OutOfService
		return "maintenance mode", nil
	case cmd == "resume" && m.state == OutOfService:
		m.state = Idle
		return "back in service", nil
	}
	return "", &TransitionError{From: m.state, Input: input}
}

func main() {
	m := &Machine{
		stock:  map[string]int{"cola": 1, "chips": 3},
		prices: map[string]int{"cola": 150, "chips": 100},
	}
	script := []string{
		"select cola",
		"coin 100",
		"select cola",
		"coin 100",
		"select cola",
		"take",
		"select cola",
		"select chips",
		"refund",
		"coin 50",
		"service",
		"coin 25",
		"resume",
		"coin 100",
		"select chips",
		"take",
		"take",
	}
	var transErrs, rejects int
	for i, in := range script {
		before := m.state
		out, err := m.Feed(in)
		var te *TransitionError
		switch {
		case errors.As(err, &te):
			transErrs++
			fmt.Printf("%2d %-13s %-12v ERROR %v\n", i+1, in, before, te)
		case errors.Is(err, ErrRejected):
			rejects++
			fmt.Printf("%2d %-13s %-12v REJECT %v\n", i+1, in, before, err)
		default:
			fmt.Printf("%2d %-13s %-12v -> %-12v %s\n", i+1, in, before, m.state, out)
		}
	}
	fmt.Printf("final state=%v credit=%d handled=%d\n", m.state, m.credit, m.handled)
	fmt.Printf("transition errors=%d rejects=%d stock cola=%d chips=%d\n",
		transErrs, rejects, m.stock["cola"], m.stock["chips"])
}
