package main

import (
	"errors"
	"fmt"
	"sort"
)

type State int

const (
	Idle State = iota
	HasMoney
	OutOfService
)

func (s State) String() string {
	return [...]string{"Idle", "HasMoney", "OutOfService"}[s]
}

type Event interface{ isEvent() }

type (
	Coin    struct{ Cents int }
	Select  struct{ Code string }
	Cancel  struct{}
	Service struct{ On bool }
)

func (Coin) isEvent()    {}
func (Select) isEvent()  {}
func (Cancel) isEvent()  {}
func (Service) isEvent() {}

type Product struct {
	Name  string
	Price int
	Stock int
}

var (
	ErrBadCoin    = errors.New("coin rejected")
	ErrSoldOut    = errors.New("sold out")
	ErrNoSuchSlot = errors.New("no such slot")
	ErrIgnored    = errors.New("event ignored in this state")
)

type Machine struct {
	state    State
	credit   int
	bank     int
	products map[string]*Product
	sales    map[string]int
}

func (m *Machine) Handle(ev Event) error {
	if s, ok := ev.(Service); ok {
		if s.On {
			m.refund()
			m.state = OutOfService
		} else {
			m.state = Idle
		}
		return nil
	}
	if m.state == OutOfService {
		return fmt.Errorf("%T: %w", ev, ErrIgnored)
	}
	switch e := ev.(type) {
	case Coin:
		switch e.Cents {
		case 5, 10, 25, 100:
			m.credit += e.Cents
			m.state = HasMoney
		default:
			return fmt.Errorf("%d cents: %w", e.Cents, ErrBadCoin)
		}
	case Select:
		if m.state != HasMoney {
			return fmt.Errorf("select %s: %w", e.Code, ErrIgnored)
		}
		p, ok := m.products[e.Code]
		if !ok {
			return fmt.Errorf("select %q: %w", e.Code, ErrNoSuchSlot)
		}
		if p.Stock == 0 {
			return fmt.Errorf("select %s (%s): %w", e.Code, p.Name, ErrSoldOut)
		}
		if m.credit < p.Price {
			return fmt.Errorf("select %s: need %d more cents", e.Code, p.Price-m.credit)
		}
		p.Stock--
		m.credit -= p.Price
		m.bank += p.Price
		m.sales[p.Name]++
		fmt.Printf("    -> dispensed %s\n", p.Name)
		m.refund()
	case Cancel:
		m.refund()
	}
	return nil
}

func (m *Machine) refund() {
	if m.credit > 0 {
		fmt.Printf("    -> returned %d cents\n", m.credit)
	}
	m.credit = 0
	m.state = Idle
}

func main() {
	m := &Machine{
		products: map[string]*Product{
			"A1": {"Cola", 125, 2},
			"A2": {"Water", 90, 1},
			"B1": {"Chips", 150, 0},
		},
		sales: map[string]int{},
	}
	events := []Event{
		Select{"A1"}, Coin{100}, Coin{3}, Coin{25}, Select{"A1"},
		Coin{100}, Select{"B1"}, Select{"Z9"}, Select{"A2"},
		Coin{25}, Coin{10}, Cancel{},
		Service{On: true}, Coin{25}, Service{On: false},
		Coin{100}, Coin{25}, Select{"A1"}, Coin{100}, Select{"A1"}, Cancel{},
	}
	for i, ev := range events {
		before := m.state
		err := m.Handle(ev)
		fmt.Printf("%2d %-13v %-22s -> %-12v credit=%3d", i+1, before, fmt.Sprintf("%T%+v", ev, ev), m.state, m.credit)
		switch {
		case err == nil:
			fmt.Println()
		case errors.Is(err, ErrIgnored), errors.Is(err, ErrBadCoin):
			fmt.Printf("  (warn: %v)\n", err)
		default:
			fmt.Printf("  (error: %v)\n", err)
		}
	}
	names := make([]string, 0, len(m.sales))
	for n := range m.sales {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("sold %-6s x%d\n", n, m.sales[n])
	}
	fmt.Printf("bank: $%d.%02d\n", m.bank/100, m.bank%100)
}
