package main

import "fmt"

type State interface {
	Insert(m *Machine, coins int)
	Select(m *Machine, item string)
	Refund(m *Machine)
	Name() string
}

type Machine struct {
	state  State
	credit int
	stock  map[string]int
	prices map[string]int
	bank   int
}

func NewMachine() *Machine {
	m := &Machine{
		stock:  map[string]int{"cola": 2, "chips": 1},
		prices: map[string]int{"cola": 150, "chips": 100},
	}
	m.setState(idle{})
	return m
}

func (m *Machine) setState(s State) { m.state = s }
func (m *Machine) total() (n int) {
	for _, c := range m.stock {
		n += c
	}
	return n
}

type idle struct{}

func (idle) Name() string { return "idle" }
func (idle) Insert(m *Machine, c int) {
	m.credit += c
	fmt.Printf("  credit %d\n", m.credit)
	m.setState(hasCredit{})
}
func (idle) Select(m *Machine, item string) { fmt.Println("  insert coins first") }
func (idle) Refund(m *Machine)              { fmt.Println("  nothing to refund") }

type hasCredit struct{}

func (hasCredit) Name() string { return "has-credit" }
func (hasCredit) Insert(m *Machine, c int) {
	m.credit += c
	fmt.Printf("  credit %d\n", m.credit)
}
func (hasCredit) Select(m *Machine, item string) {
	price, ok := m.prices[item]
	switch {
	case !ok:
		fmt.Printf("  unknown item %q\n", item)
	case m.stock[item] == 0:
		fmt.Printf("  %s is sold out\n", item)
	case m.credit < price:
		fmt.Printf("  %s costs %d, credit %d\n", item, price, m.credit)
	default:
		m.stock[item]--
		m.credit -= price
		m.bank += price
		fmt.Printf("  vend %s, change %d\n", item, m.credit)
		m.credit = 0
		if m.total() == 0 {
			m.setState(soldOut{})
		} else {
			m.setState(idle{})
		}
	}
}
func (hasCredit) Refund(m *Machine) {
	fmt.Printf("  refund %d\n", m.credit)
	m.credit = 0
	m.setState(idle{})
}

type soldOut struct{}

func (soldOut) Name() string                   { return "sold-out" }
func (soldOut) Insert(m *Machine, c int)       { fmt.Printf("  sold out, returning %d\n", c) }
func (soldOut) Select(m *Machine, item string) { fmt.Println("  sold out") }
func (soldOut) Refund(m *Machine)              { fmt.Println("  nothing to refund") }

func main() {
	m := NewMachine()
	steps := []struct {
		op  string
		arg any
	}{
		{"select", "cola"}, {"insert", 100}, {"select", "cola"}, {"insert", 100},
		{"select", "cola"}, {"insert", 200}, {"select", "water"}, {"refund", nil},
		{"insert", 150}, {"select", "cola"}, {"insert", 100}, {"select", "cola"},
		{"select", "chips"}, {"insert", 25}, {"refund", nil},
	}
	for _, s := range steps {
		fmt.Printf("[%s] %s %v\n", m.state.Name(), s.op, s.arg)
		switch s.op {
		case "insert":
			m.state.Insert(m, s.arg.(int))
		case "select":
			m.state.Select(m, s.arg.(string))
		case "refund":
			m.state.Refund(m)
		}
	}
	fmt.Printf("final state=%s bank=%d credit=%d\n", m.state.Name(), m.bank, m.credit)
}
