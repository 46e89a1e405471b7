package main

import (
	"errors"
	"fmt"
)

var ErrInvalid = errors.New("invalid transition")

// State is implemented by one type per state of a vending machine.
type State interface {
	InsertCoin(m *Machine, cents int) (State, error)
	Select(m *Machine, item string) (State, error)
	Cancel(m *Machine) (State, error)
}

type Idle struct{}
type HasMoney struct{}
type SoldOut struct{}

func (Idle) String() string     { return "Idle" }
func (HasMoney) String() string { return "HasMoney" }
func (SoldOut) String() string  { return "SoldOut" }

func (Idle) InsertCoin(m *Machine, c int) (State, error) { m.credit += c; return HasMoney{}, nil }
func (s Idle) Select(*Machine, string) (State, error) {
	return s, fmt.Errorf("%v: select: %w", s, ErrInvalid)
}
func (s Idle) Cancel(*Machine) (State, error) { return s, fmt.Errorf("%v: cancel: %w", s, ErrInvalid) }

func (HasMoney) InsertCoin(m *Machine, c int) (State, error) { m.credit += c; return HasMoney{}, nil }
func (s HasMoney) Select(m *Machine, item string) (State, error) {
	price, ok := m.prices[item]
	if !ok || m.stock[item] == 0 {
		return s, fmt.Errorf("%q unavailable", item)
	}
	if m.credit < price {
		return s, fmt.Errorf("need %d more cents", price-m.credit)
	}
	m.stock[item]--
	m.credit -= price
	m.Log = append(m.Log, fmt.Sprintf("vend %s change %d", item, m.credit))
	m.credit = 0
	for _, n := range m.stock {
		if n > 0 {
			return Idle{}, nil
		}
	}
	return SoldOut{}, nil
}
func (HasMoney) Cancel(m *Machine) (State, error) {
	m.Log = append(m.Log, fmt.Sprintf("refund %d", m.credit))
	m.credit = 0
	return Idle{}, nil
}

func (s SoldOut) InsertCoin(*Machine, int) (State, error) {
	return s, fmt.Errorf("%v: coin: %w", s, ErrInvalid)
}
func (s SoldOut) Select(*Machine, string) (State, error) {
	return s, fmt.Errorf("%v: select: %w", s, ErrInvalid)
}
func (s SoldOut) Cancel(*Machine) (State, error) {
	return s, fmt.Errorf("%v: cancel: %w", s, ErrInvalid)
}

type Machine struct {
	state  State
	credit int
	prices map[string]int
	stock  map[string]int
	Log    []string
}

func (m *Machine) do(name string, f func() (State, error)) {
	from := m.state
	next, err := f()
	m.state = next
	fmt.Printf("%-14s %-8v -> %-8v credit=%-3d err=%v invalid=%t\n", name, from, next, m.credit, err, errors.Is(err, ErrInvalid))
}

func main() {
	m := &Machine{state: Idle{}, prices: map[string]int{"cola": 120, "chips": 90}, stock: map[string]int{"cola": 1, "chips": 1}}
	m.do("select cola", func() (State, error) { return m.state.Select(m, "cola") })
	m.do("coin 100", func() (State, error) { return m.state.InsertCoin(m, 100) })
	m.do("select cola", func() (State, error) { return m.state.Select(m, "cola") })
	m.do("coin 50", func() (State, error) { return m.state.InsertCoin(m, 50) })
	m.do("select cola", func() (State, error) { return m.state.Select(m, "cola") })
	m.do("coin 25", func() (State, error) { return m.state.InsertCoin(m, 25) })
	m.do("cancel", func() (State, error) { return m.state.Cancel(m) })
	m.do("coin 100", func() (State, error) { return m.state.InsertCoin(m, 100) })
	m.do("select chips", func() (State, error) { return m.state.Select(m, "chips") })
	m.do("coin 100", func() (State, error) { return m.state.InsertCoin(m, 100) })
	fmt.Printf("%q\n%v %T\n", m.Log, m.stock, m.state)
}
