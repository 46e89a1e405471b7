package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Idle State = iota
	HasMoney
	Dispensing
	OutOfStock
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasMoney:
		return "HasMoney"
	case Dispensing:
		return "Dispensing"
	case OutOfStock:
		return "OutOfStock"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

var ErrInvalidAction = errors.New("invalid action for state")

type Machine struct {
	state   State
	credit  int
	price   int
	stock   int
	change  int
	emitted int
}

func (m *Machine) Insert(coins int) error {
	switch m.state {
	case Idle, HasMoney:
		m.credit += coins
		if m.credit >= m.price {
			m.state = HasMoney
		}
		return nil
	default:
		return fmt.Errorf("insert %d in %v: %w", coins, m.state, ErrInvalidAction)
	}
}

func (m *Machine) Select() error {
	if m.state != HasMoney {
		return fmt.Errorf("select in %v (credit %d): %w", m.state, m.credit, ErrInvalidAction)
	}
	m.state = Dispensing
	m.change += m.credit - m.price
	m.credit = 0
	m.stock--
	m.emitted++
	if m.stock == 0 {
		m.state = OutOfStock
	} else {
		m.state = Idle
	}
	return nil
}

func main() {
	m := &Machine{price: 75, stock: 2}
	actions := []struct {
		name string
		arg  int
	}{
		{"insert", 25}, {"select", 0}, {"insert", 50}, {"select", 0},
		{"insert", 100}, {"select", 0}, {"insert", 25}, {"select", 0},
	}
	for i, a := range actions {
		var err error
		before := m.state
		switch a.name {
		case "insert":
			err = m.Insert(a.arg)
		case "select":
			err = m.Select()
		}
		status := "ok"
		if errors.Is(err, ErrInvalidAction) {
			status = "rejected: " + err.Error()
		}
		fmt.Printf("%d %-7s %-10v -> %-10v %s\n", i, a.name, before, m.state, status)
	}
	fmt.Printf("dispensed=%d change=%d credit=%d final=%s %T\n", m.emitted, m.change, m.credit, m.state, m.state)
	fmt.Println(State(9))
}
