package main

import (
	"fmt"
	"strings"
)

// Rule is a Wolfram elementary cellular automaton rule number.
type Rule uint8

func (r Rule) Next(left, center, right bool) bool {
	idx := 0
	if left {
		idx |= 4
	}
	if center {
		idx |= 2
	}
	if right {
		idx |= 1
	}
	return r&(1<<idx) != 0
}

func (r Rule) String() string { return fmt.Sprintf("rule %d", uint8(r)) }

type Automaton struct {
	rule  Rule
	cells []bool
}

func NewAutomaton(rule Rule, width int) *Automaton {
	a := &Automaton{rule: rule, cells: make([]bool, width)}
	a.cells[width/2] = true
	return a
}

func (a *Automaton) Step() {
	n := len(a.cells)
	next := make([]bool, n)
	for i := range a.cells {
		l := a.cells[(i-1+n)%n]
		r := a.cells[(i+1)%n]
		next[i] = a.rule.Next(l, a.cells[i], r)
	}
	a.cells = next
}

func (a *Automaton) Row() string {
	var sb strings.Builder
	for _, c := range a.cells {
		if c {
			sb.WriteRune('█')
		} else {
			sb.WriteRune(' ')
		}
	}
	return strings.TrimRight(sb.String(), " ")
}

func (a *Automaton) Count() int {
	c := 0
	for _, v := range a.cells {
		if v {
			c++
		}
	}
	return c
}

func main() {
	for _, rule := range []Rule{90, 30} {
		fmt.Println(rule)
		a := NewAutomaton(rule, 31)
		for i := 0; i < 12; i++ {
			fmt.Printf("|%s\n", a.Row())
			a.Step()
		}
	}
	fmt.Println("live cells after 20 steps, width 41:")
	for _, rule := range []Rule{18, 30, 54, 90, 110, 150, 184} {
		a := NewAutomaton(rule, 41)
		for i := 0; i < 20; i++ {
			a.Step()
		}
		fmt.Printf("  %-8v %2d\n", rule, a.Count())
	}
}
