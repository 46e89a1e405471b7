package main

import (
	"errors"
	"fmt"
)

type Phase int

const (
	Lobby Phase = iota
	Setup
	Playing
	Paused
	RoundEnd
	GameOver
)

var phaseNames = [...]string{"Lobby", "Setup", "Playing", "Paused", "RoundEnd", "GameOver"}

func (p Phase) String() string {
	if int(p) < len(phaseNames) {
		return phaseNames[p]
	}
	return fmt.Sprintf("Phase(%d)", int(p))
}

type Event string

type TransitionError struct {
	From  Phase
	Event Event
}

func (e TransitionError) Error() string {
	return fmt.Sprintf("no transition from %v on %q", e.From, e.Event)
}

type key struct {
	from Phase
	ev   Event
}

type Machine struct {
	phase   Phase
	rounds  int
	table   map[key]Phase
	onEnter map[Phase]func(*Machine)
	history []Phase
}

func NewMachine() *Machine {
	m := &Machine{
		table: map[key]Phase{
			{Lobby, "start"}:     Setup,
			{Setup, "ready"}:     Playing,
			{Playing, "pause"}:   Paused,
			{Paused, "resume"}:   Playing,
			{Playing, "finish"}:  RoundEnd,
			{RoundEnd, "next"}:   Setup,
			{RoundEnd, "quit"}:   GameOver,
			{Paused, "quit"}:     GameOver,
			{GameOver, "replay"}: Lobby,
		},
		onEnter: map[Phase]func(*Machine){},
	}
	m.onEnter[RoundEnd] = (*Machine).countRound
	m.onEnter[Lobby] = func(m *Machine) { m.rounds = 0 }
	m.history = append(m.history, m.phase)
	return m
}

func (m *Machine) countRound() { m.rounds++ }

func (m *Machine) Fire(ev Event) error {
	next, ok := m.table[key{m.phase, ev}]
	if !ok {
		return TransitionError{m.phase, ev}
	}
	m.phase = next
	m.history = append(m.history, next)
	if f := m.onEnter[next]; f != nil {
		f(m)
	}
	if next == RoundEnd && m.rounds >= 3 {
		return m.Fire("quit")
	}
	return nil
}

func main() {
	m := NewMachine()
	events := []Event{
		"start", "ready", "pause", "ready", "resume", "finish",
		"next", "ready", "finish", "next", "ready", "pause", "resume", "finish",
		"next", "replay", "start",
	}
	for i, ev := range events {
		before := m.phase
		err := m.Fire(ev)
		var te TransitionError
		if errors.As(err, &te) {
			fmt.Printf("%2d %-7s ignored: %v\n", i+1, ev, err)
			continue
		}
		fmt.Printf("%2d %-7s %-8v -> %-8v rounds=%d\n", i+1, ev, before, m.phase, m.rounds)
	}
	fmt.Println("history:", m.history)
	fmt.Printf("final phase %v (%d), %#v\n", m.phase, m.phase, Phase(9).String())
}
