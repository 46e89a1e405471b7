package main

import "fmt"

// VendingMachine delegates behaviour to its current State.
type State interface {
	InsertCoin(m *VendingMachine, cents int) State
	SelectItem(m *VendingMachine, item string) State
	Name() string
}

type VendingMachine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	history []string
	sales   int
}

func NewVendingMachine() *VendingMachine {
	return &VendingMachine{
		state:  Idle{},
		stock:  map[string]int{"cola": 2, "chips": 1, "gum": 0},
		prices: map[string]int{"cola": 150, "chips": 100, "gum": 50},
	}
}

func (m *VendingMachine) transition(next State, note string) {
	if next.Name() != m.state.Name() {
		note += fmt.Sprintf(" [%s -> %s]", m.state.Name(), next.Name())
	}
	m.history = append(m.history, note)
	m.state = next
}

func (m *VendingMachine) Insert(c int) {
	m.transition(m.state.InsertCoin(m, c), fmt.Sprintf("insert %d", c))
}
func (m *VendingMachine) Select(item string) {
	m.transition(m.state.SelectItem(m, item), "select "+item)
}

type Idle struct{}

func (Idle) Name() string { return "Idle" }
func (Idle) InsertCoin(m *VendingMachine, c int) State {
	m.credit += c
	return HasCredit{}
}
func (Idle) SelectItem(m *VendingMachine, item string) State {
	fmt.Println("  please insert coins first")
	return Idle{}
}

type HasCredit struct{}

func (HasCredit) Name() string { return "HasCredit" }
func (HasCredit) InsertCoin(m *VendingMachine, c int) State {
	m.credit += c
	return HasCredit{}
}
func (HasCredit) SelectItem(m *VendingMachine, item string) State {
	price, known := m.prices[item]
	switch {
	case !known:
		fmt.Printf("  unknown item %q\n", item)
		return HasCredit{}
	case m.stock[item] == 0:
		fmt.Printf("  %s sold out\n", item)
		return HasCredit{}
	case m.credit < price:
		fmt.Printf("  %s costs %d, credit %d\n", item, price, m.credit)
		return HasCredit{}
	}
	m.stock[item]--
	m.credit -= price
	m.sales += price
	fmt.Printf("  dispensed %s, change %d\n", item, m.credit)
	m.credit = 0
	if m.stock["cola"]+m.stock["chips"]+m.stock["gum"] == 0 {
		return SoldOut{}
	}
	return Idle{}
}

type SoldOut struct{}

func (SoldOut) Name() string { return "SoldOut" }
func (SoldOut) InsertCoin(m *VendingMachine, c int) State {
	fmt.Printf("  sold out, returning %d\n", c)
	return SoldOut{}
}
func (SoldOut) SelectItem(*VendingMachine, string) State { return SoldOut{} }

func main() {
	m := NewVendingMachine()
	steps := []func(){
		func() { m.Select("cola") },
		func() { m.Insert(100) },
		func() { m.Select("cola") },
		func() { m.Insert(100) },
		func() { m.Select("cola") },
		func() { m.Insert(50) },
		func() { m.Select("gum") },
		func() { m.Select("water") },
		func() { m.Insert(100) },
		func() { m.Select("chips") },
		func() { m.Insert(200) },
		func() { m.Select("cola") },
		func() { m.Insert(25) },
	}
	for i, step := range steps {
		fmt.Printf("step %2d (state %s)\n", i+1, m.state.Name())
		step()
	}
	fmt.Println("history:")
	for _, h := range m.history {
		fmt.Println("  " + h)
	}
	fmt.Printf("final=%s sales=%d stock=%v\n", m.state.Name(), m.sales, m.stock)
	_, isSoldOut := m.state.(SoldOut)
	fmt.Println("is sold out:", isSoldOut)
}
