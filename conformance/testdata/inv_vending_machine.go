package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

type State int

const (
	Ready State = iota
	HasMoney
	Dispensing
	OutOfService
)

func (s State) String() string {
	return [...]string{"Ready", "HasMoney", "Dispensing", "OutOfService"}[s]
}

type Slot struct {
	Name  string
	Price int
	Count int
}

var ErrSoldOut = errors.New("sold out")
var ErrNoSuchSlot = errors.New("no such slot")
var ErrOutOfService = errors.New("machine out of service")

type NeedMoreError struct{ Missing int }

func (e NeedMoreError) Error() string { return fmt.Sprintf("insert %d more cents", e.Missing) }

type Machine struct {
	state  State
	credit int
	slots  map[string]*Slot
	sales  int
}

func (m *Machine) Insert(c int) error {
	if m.state == OutOfService {
		return ErrOutOfService
	}
	m.credit += c
	m.state = HasMoney
	return nil
}

func (m *Machine) Select(code string) (change int, err error) {
	if m.state == OutOfService {
		return 0, ErrOutOfService
	}
	s, ok := m.slots[code]
	if !ok {
		return 0, fmt.Errorf("select %s: %w", code, ErrNoSuchSlot)
	}
	if s.Count == 0 {
		return 0, fmt.Errorf("select %s (%s): %w", code, s.Name, ErrSoldOut)
	}
	if m.credit < s.Price {
		return 0, NeedMoreError{s.Price - m.credit}
	}
	m.state = Dispensing
	s.Count--
	m.sales += s.Price
	change, m.credit = m.credit-s.Price, 0
	m.state = Ready
	if m.total() == 0 {
		m.state = OutOfService
	}
	return change, nil
}

func (m *Machine) total() (n int) {
	for _, s := range m.slots {
		n += s.Count
	}
	return
}

func main() {
	m := &Machine{slots: map[string]*Slot{
		"A1": {"Cola", 150, 2},
		"A2": {"Water", 100, 1},
		"B1": {"Chips", 125, 1},
	}}
	script := []struct {
		insert int
		code   string
	}{
		{100, "A1"}, {50, "A1"}, {200, "A2"}, {0, "A2"}, {100, "C9"},
		{25, "B1"}, {0, "A1"}, {200, "A1"}, {100, "A1"},
	}
	for i, a := range script {
		if a.insert > 0 {
			if err := m.Insert(a.insert); err != nil {
				fmt.Printf("%d: insert failed: %v\n", i, err)
				continue
			}
		}
		change, err := m.Select(a.code)
		var need NeedMoreError
		switch {
		case err == nil:
			fmt.Printf("%d: got %s, change %d, state %v\n", i, m.slots[a.code].Name, change, m.state)
		case errors.As(err, &need):
			fmt.Printf("%d: %v (credit %d)\n", i, err, m.credit)
		default:
			fmt.Printf("%d: %v, credit kept %d (sold out=%t)\n", i, err, m.credit, errors.Is(err, ErrSoldOut))
		}
	}
	for _, c := range slices.Sorted(maps.Keys(m.slots)) {
		fmt.Printf("%s %+v\n", c, *m.slots[c])
	}
	fmt.Printf("sales=%d state=%v credit=%d\n", m.sales, m.state, m.credit)
}
