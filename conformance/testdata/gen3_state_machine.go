package main

import (
	"fmt"
	"strings"
)

type FSM[S comparable, E comparable] struct {
	state   S
	trans   map[S]map[E]S
	history []S
	onEnter func(from, to S, ev E)
}

func NewFSM[S comparable, E comparable](initial S) *FSM[S, E] {
	return &FSM[S, E]{state: initial, trans: map[S]map[E]S{}, history: []S{initial}}
}

func (m *FSM[S, E]) Allow(from S, ev E, to S) *FSM[S, E] {
	if m.trans[from] == nil {
		m.trans[from] = map[E]S{}
	}
	m.trans[from][ev] = to
	return m
}

func (m *FSM[S, E]) Fire(ev E) error {
	to, ok := m.trans[m.state][ev]
	if !ok {
		return fmt.Errorf("event %v not allowed in state %v", ev, m.state)
	}
	if m.onEnter != nil {
		m.onEnter(m.state, to, ev)
	}
	m.state = to
	m.history = append(m.history, to)
	return nil
}

func (m *FSM[S, E]) State() S { return m.state }

func (m *FSM[S, E]) String() string {
	parts := make([]string, len(m.history))
	for i, s := range m.history {
		parts[i] = fmt.Sprint(s)
	}
	return strings.Join(parts, " -> ")
}

type OrderState string

const (
	Pending   OrderState = "pending"
	Paid      OrderState = "paid"
	Shipped   OrderState = "shipped"
	Cancelled OrderState = "cancelled"
)

type OrderEvent int

const (
	Pay OrderEvent = iota
	Ship
	Cancel
)

func (e OrderEvent) String() string {
	return [...]string{"Pay", "Ship", "Cancel"}[e]
}

type Door struct{ Open, Locked bool }

func (d Door) String() string {
	switch {
	case d.Locked:
		return "locked"
	case d.Open:
		return "open"
	}
	return "closed"
}

func main() {
	order := NewFSM[OrderState, OrderEvent](Pending)
	order.Allow(Pending, Pay, Paid).Allow(Pending, Cancel, Cancelled).
		Allow(Paid, Ship, Shipped).Allow(Paid, Cancel, Cancelled)
	order.onEnter = func(from, to OrderState, ev OrderEvent) {
		fmt.Printf("  order: %s --%v--> %s\n", from, ev, to)
	}
	for _, ev := range []OrderEvent{Ship, Pay, Pay, Ship, Cancel} {
		if err := order.Fire(ev); err != nil {
			fmt.Println("  reject:", err)
		}
	}
	fmt.Printf("%T final=%q history: %v\n", order, order.State(), order)

	door := NewFSM[Door, string](Door{})
	door.Allow(Door{}, "open", Door{Open: true}).
		Allow(Door{Open: true}, "close", Door{}).
		Allow(Door{}, "lock", Door{Locked: true}).
		Allow(Door{Locked: true}, "unlock", Door{})
	count := 0
	door.onEnter = func(from, to Door, ev string) { count++ }
	for _, ev := range []string{"open", "lock", "close", "lock", "open", "unlock", "open"} {
		err := door.Fire(ev)
		fmt.Printf("door %-6s -> %-6v err=%v\n", ev, door.State(), err)
	}
	fmt.Printf("%T transitions=%d state=%+v\n", door, count, door.State())
	fmt.Println("door history:", door)
}
